package id.migrasiaman.local;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** At most {@code perMinute} messages per client and minute on the local channels. */
final class ClientRate {

    private final int perMinute;
    private final Cache<String, AtomicInteger> counts =
            Caffeine.newBuilder()
                    .maximumSize(50_000)
                    .expireAfterWrite(Duration.ofMinutes(1))
                    .build();

    ClientRate(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Counts one message of {@code client}; false once it is over the limit this minute. */
    boolean allow(String client) {
        return counts.get(client, k -> new AtomicInteger()).incrementAndGet() <= perMinute;
    }
}
