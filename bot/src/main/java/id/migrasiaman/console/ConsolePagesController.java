package id.migrasiaman.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.migrasiaman.reports.ReportStatistics;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The login page, the dashboard of anonymous counts, and account management for admins. */
@Controller
class ConsolePagesController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReportStatistics statistics;
    private final StaffUsers users;

    ConsolePagesController(ReportStatistics statistics, StaffUsers users) {
        this.statistics = statistics;
        this.users = users;
    }

    @GetMapping("/console/login")
    String login() {
        return "console/login";
    }

    @GetMapping("/console/stats")
    String stats(Model model) {
        ReportStatistics.Counts counts = statistics.counts();
        model.addAttribute("counts", counts);
        model.addAttribute("countsJson", json(counts));
        return "console/stats";
    }

    private static String json(ReportStatistics.Counts counts) {
        try {
            return JSON.writeValueAsString(counts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @GetMapping("/console/staff")
    String staff(Model model) {
        model.addAttribute("accounts", users.all());
        model.addAttribute("roles", StaffUsers.Role.values());
        return "console/staff";
    }

    @PostMapping("/console/staff")
    String addStaff(
            @RequestParam String username,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam String password,
            @RequestParam StaffUsers.Role role,
            RedirectAttributes flash) {
        try {
            users.create(username, displayName.isBlank() ? username : displayName, password, role);
            flash.addFlashAttribute("notice", "Akun " + username + " dibuat.");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("notice", e.getMessage());
        }
        return "redirect:/console/staff";
    }

    @PostMapping("/console/staff/{username}/active")
    String setActive(
            @PathVariable String username,
            @RequestParam boolean active,
            Principal admin,
            RedirectAttributes flash) {
        if (!active && username.equalsIgnoreCase(admin.getName())) {
            flash.addFlashAttribute("notice", "Anda tidak bisa memblokir akun sendiri.");
        } else {
            users.setActive(username, active);
        }
        return "redirect:/console/staff";
    }

    @GetMapping("/console/account")
    String account() {
        return "console/account";
    }

    @PostMapping("/console/password")
    String changePassword(
            @RequestParam String password, Principal staff, RedirectAttributes flash) {
        try {
            users.changePassword(staff.getName(), password);
            flash.addFlashAttribute("notice", "Kata sandi diganti.");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("notice", e.getMessage());
        }
        return "redirect:/console/account";
    }
}
