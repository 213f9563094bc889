package id.migrasiaman.console;

import id.migrasiaman.reports.ReportQueue;
import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page shows in its header: who is signed in, and whether as an admin. */
@ControllerAdvice(
        assignableTypes = {
            QueueController.class,
            ConsolePagesController.class,
            StoriesController.class,
            StaffController.class,
            AccountController.class
        })
class ConsoleModel {

    private final ReportQueue queue;

    ConsoleModel(ReportQueue queue) {
        this.queue = queue;
    }

    /** Unclaimed emergencies, shown on every page until someone takes them. */
    @ModelAttribute("urgentWaiting")
    long urgentWaiting(Principal principal) {
        return principal == null ? 0 : queue.urgentWaiting();
    }

    @ModelAttribute("staffName")
    String staffName(Principal principal) {
        return principal == null ? "" : principal.getName();
    }

    @ModelAttribute("admin")
    boolean admin(Principal principal) {
        return isAdmin(principal);
    }

    /** Whether {@code principal} is a signed-in administrator. */
    static boolean isAdmin(Principal principal) {
        return principal instanceof Authentication auth
                && auth.getAuthorities().stream()
                        .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }
}
