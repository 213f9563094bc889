package id.migrasiaman.console;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per account <em>and</em> source address: after {@link
 * #FREE_FAILURES} wrong passwords for one user name from one address, sign-ins for that name from
 * that address wait {@link #FIRST_DELAY}, and every further wrong password doubles the wait up to
 * {@link #MAX_DELAY}. Someone guessing from elsewhere therefore cannot lock the real user out, and
 * a guesser gets a handful of tries an hour. IPv6 addresses count by their /64, which one client
 * usually owns whole. Counts live in memory, are forgotten a day after the last failure or on a
 * restart, and an admin can clear an account's.
 */
@Component
class LoginAttempts {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    static final Duration MAX_DELAY = Duration.ofHours(1);
    static final Duration FORGET_AFTER = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    private static final Pattern LOGGABLE_NAME = Pattern.compile("[a-z0-9._-]{1,32}");

    private record Key(String username, String source) {}

    private record Failures(int count, Instant lockedUntil) {}

    private final Cache<Key, Failures> failures =
            Caffeine.newBuilder().expireAfterWrite(FORGET_AFTER).maximumSize(100_000).build();
    private final Clock clock;

    LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code username} must still wait before signing in from {@code address}. */
    Optional<Duration> lockedFor(String username, String address) {
        Failures f = failures.getIfPresent(new Key(normalise(username), source(address)));
        if (f == null || f.lockedUntil() == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), f.lockedUntil());
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    /** Records a wrong password; from the {@value #FREE_FAILURES}th on, locks the pair. */
    void failed(String username, String address) {
        Key key = new Key(normalise(username), source(address));
        Failures f =
                failures.asMap()
                        .merge(key, new Failures(1, null), (old, one) -> next(old.count() + 1));
        if (f.lockedUntil() != null) {
            log.warn(
                    "Console sign-in for {} from {} delayed {} after {} wrong passwords",
                    forLog(key.username()),
                    key.source().replaceAll("[^0-9A-Fa-f.:/]", "?"),
                    delay(f.count()),
                    f.count());
        }
    }

    /** A right password clears the count of that pair only. */
    void succeeded(String username, String address) {
        failures.invalidate(new Key(normalise(username), source(address)));
    }

    /** Clears every lock of an account (an admin's decision). */
    int unlock(String username) {
        String name = normalise(username);
        int before = failures.asMap().size();
        failures.asMap().keySet().removeIf(k -> k.username().equals(name));
        return before - failures.asMap().size();
    }

    /** From how many addresses the account is currently locked. */
    long lockedSources(String username) {
        String name = normalise(username);
        Instant now = clock.instant();
        return failures.asMap().entrySet().stream()
                .filter(e -> e.getKey().username().equals(name))
                .filter(e -> e.getValue().lockedUntil() != null)
                .filter(e -> e.getValue().lockedUntil().isAfter(now))
                .count();
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        failed(
                event.getAuthentication().getName(),
                address(event.getAuthentication().getDetails()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        succeeded(
                event.getAuthentication().getName(),
                address(event.getAuthentication().getDetails()));
    }

    private Failures next(int count) {
        return new Failures(
                count, count < FREE_FAILURES ? null : clock.instant().plus(delay(count)));
    }

    /** {@link #FIRST_DELAY} at the {@value #FREE_FAILURES}th failure, doubling, at most an hour. */
    static Duration delay(int count) {
        int doublings = Math.min(count - FREE_FAILURES, 20);
        Duration d = FIRST_DELAY.multipliedBy(1L << Math.max(doublings, 0));
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    /**
     * A typed user name as it may appear in a log: a plausible account name as it is, anything else
     * (line breaks, control characters, a password typed into the wrong field) only as a short
     * hash, so no one can forge log lines or read secrets from them.
     */
    static String forLog(String typed) {
        String value = typed == null ? "" : typed;
        if (LOGGABLE_NAME.matcher(value).matches()) {
            return value;
        }
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256")
                            .digest(value.getBytes(StandardCharsets.UTF_8));
            return "#" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    /** The address a guesser is counted by: IPv4 as it is, IPv6 by its /64 network. */
    static String source(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') < 0) {
            return address.strip();
        }
        try {
            byte[] bytes = InetAddress.getByName(address.strip()).getAddress();
            if (bytes.length == 16) {
                Arrays.fill(bytes, 8, 16, (byte) 0);
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return "unparsable";
        }
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
