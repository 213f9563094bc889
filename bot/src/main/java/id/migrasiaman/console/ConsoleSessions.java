package id.migrasiaman.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of each account, so that a change to the account takes effect at once:
 * blocking it or changing its role ends all its sessions, changing its password ends all but the
 * one that changed it. An ended session is refused at its next request (Spring Security's {@code
 * ConcurrentSessionFilter}), and sends its browser to the sign-in page.
 */
@Component
class ConsoleSessions {

    private static final Logger log = LoggerFactory.getLogger(ConsoleSessions.class);

    private final SessionRegistry registry;

    ConsoleSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every session of {@code username}; returns how many. */
    int endAll(String username) {
        return end(username, null);
    }

    /** Ends every session of {@code username} except {@code keepSessionId}; returns how many. */
    int endOthers(String username, String keepSessionId) {
        return end(username, keepSessionId);
    }

    private int end(String username, String keepSessionId) {
        String name = LoginAttempts.normalise(username);
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equals(name)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keepSessionId)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        if (ended > 0) {
            log.info("Ended {} console session(s) of {}", ended, LoginAttempts.forLog(name));
        }
        return ended;
    }

    /** How many live sessions {@code username} has (shown to admins). */
    int count(String username) {
        String name = LoginAttempts.normalise(username);
        return registry.getAllPrincipals().stream()
                .filter(p -> p instanceof UserDetails u && u.getUsername().equals(name))
                .mapToInt(p -> registry.getAllSessions(p, false).size())
                .sum();
    }
}
