package id.migrasiaman.console;

import id.migrasiaman.reports.AlertRecords;
import id.migrasiaman.reports.ReportQueue;
import java.security.Principal;
import java.time.Duration;
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

    /** How long an alert may wait for Telegram before the console says so. */
    private static final Duration ALERT_GRACE = Duration.ofMinutes(2);

    private final ReportQueue queue;
    private final AlertRecords alerts;

    ConsoleModel(ReportQueue queue, AlertRecords alerts) {
        this.queue = queue;
        this.alerts = alerts;
    }

    /** Unclaimed emergencies, shown on every page until someone takes them. */
    @ModelAttribute("urgentWaiting")
    long urgentWaiting(Principal principal) {
        return principal == null ? 0 : queue.urgentWaiting();
    }

    /** Staff alerts that Telegram has not taken for a while: the staff chat is not reached. */
    @ModelAttribute("staffChatNotReached")
    long staffChatNotReached(Principal principal) {
        return principal == null ? 0 : alerts.notReached(ALERT_GRACE);
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
