package id.migrasiaman.console;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account management for admins: add accounts, block and unblock them, change their role, and lift
 * sign-in locks. Blocking or a new role ends the account's open sessions at once.
 */
@Controller
class StaffController {

    private final StaffUsers users;
    private final ConsoleSessions sessions;
    private final LoginAttempts attempts;

    StaffController(StaffUsers users, ConsoleSessions sessions, LoginAttempts attempts) {
        this.users = users;
        this.sessions = sessions;
        this.attempts = attempts;
    }

    /** One row of the accounts table. */
    record Row(StaffUsers.Account account, int sessions, long lockedSources) {}

    @GetMapping("/console/staff")
    String staff(Model model) {
        model.addAttribute(
                "accounts",
                users.all().stream()
                        .map(
                                a ->
                                        new Row(
                                                a,
                                                sessions.count(a.username()),
                                                attempts.lockedSources(a.username())))
                        .toList());
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
            if (!active) {
                sessions.endAll(username);
            }
            flash.addFlashAttribute(
                    "notice", active ? "Akun diaktifkan." : "Akun diblokir dan dikeluarkan.");
        }
        return "redirect:/console/staff";
    }

    @PostMapping("/console/staff/{username}/role")
    String setRole(
            @PathVariable String username,
            @RequestParam StaffUsers.Role role,
            Principal admin,
            RedirectAttributes flash) {
        if (username.equalsIgnoreCase(admin.getName())) {
            flash.addFlashAttribute("notice", "Anda tidak bisa mengubah peran akun sendiri.");
        } else if (users.exists(username)) {
            users.setRole(username, role);
            sessions.endAll(username);
            flash.addFlashAttribute(
                    "notice", "Peran diubah ke " + role + "; akun harus masuk lagi.");
        }
        return "redirect:/console/staff";
    }

    @PostMapping("/console/staff/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes flash) {
        int cleared = attempts.unlock(username);
        flash.addFlashAttribute(
                "notice",
                cleared == 0 ? "Akun ini tidak dikunci." : "Kunci masuk akun ini dibuka.");
        return "redirect:/console/staff";
    }
}
