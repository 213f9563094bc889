package id.migrasiaman.console;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} wrong passwords for one user name
 * within {@link #WINDOW}, that account refuses every sign-in until the window has passed (the right
 * password included). Counts live in memory; a restart forgets them.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final Cache<String, Integer> failures =
            Caffeine.newBuilder().expireAfterWrite(WINDOW).maximumSize(10_000).build();

    boolean locked(String username) {
        Integer count = failures.getIfPresent(key(username));
        return count != null && count >= MAX_FAILURES;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String key = key(event.getAuthentication().getName());
        Integer count = failures.asMap().merge(key, 1, Integer::sum);
        if (count == MAX_FAILURES) {
            log.warn("Console sign-in locked for {} after {} wrong passwords", key, count);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.invalidate(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
