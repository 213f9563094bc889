package id.migrasiaman.console;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff member's own account: a new password needs the present one, and ends the account's other
 * sessions (a stolen session or a forgotten signed-in computer stops working).
 */
@Controller
class AccountController {

    private final StaffUsers users;
    private final ConsoleSessions sessions;

    AccountController(StaffUsers users, ConsoleSessions sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @GetMapping("/console/account")
    String account() {
        return "console/account";
    }

    @PostMapping("/console/password")
    String changePassword(
            @RequestParam(defaultValue = "") String current,
            @RequestParam String password,
            Principal staff,
            HttpSession session,
            RedirectAttributes flash) {
        try {
            users.changePassword(staff.getName(), current, password);
            int ended = sessions.endOthers(staff.getName(), session.getId());
            flash.addFlashAttribute(
                    "notice",
                    ended == 0
                            ? "Kata sandi diganti."
                            : "Kata sandi diganti; " + ended + " sesi lain dikeluarkan.");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("notice", e.getMessage());
        }
        return "redirect:/console/account";
    }
}
