package id.migrasiaman.console;

import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page shows in its header: who is signed in, and whether as an admin. */
@ControllerAdvice(
        assignableTypes = {
            QueueController.class,
            ConsolePagesController.class,
            StoriesController.class
        })
class ConsoleModel {

    @ModelAttribute("staffName")
    String staffName(Principal principal) {
        return principal == null ? "" : principal.getName();
    }

    @ModelAttribute("admin")
    boolean admin(Principal principal) {
        return principal instanceof Authentication auth
                && auth.getAuthorities().stream()
                        .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }
}
