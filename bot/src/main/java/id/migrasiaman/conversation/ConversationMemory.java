package id.migrasiaman.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Short-lived facts of a conversation that are no flow's state: a child told of not long ago, the
 * last short fragments, a recruiter just described. One bounded memory for every feature, each fact
 * typed ({@link Fact}) and forgotten a while after it was last written; sized and capped by {@link
 * MemorySettings}. In this instance's memory only (a restart forgets it), never logged.
 */
@Component
public class ConversationMemory {

    /**
     * A kind of fact: its name (unique, e.g. {@code emergency.child-told}), its type, and how long
     * after it was last written it is forgotten (at most {@link MemorySettings#longest()}).
     */
    public record Fact<T>(String name, Class<T> type, Duration kept) {

        public Fact {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            if (kept == null || kept.isNegative() || kept.isZero()) {
                throw new IllegalArgumentException("a fact is kept for a positive time");
            }
        }
    }

    private record Key(String conversation, String fact) {}

    private record Entry(Object value, long keptNanos) {}

    private final Cache<Key, Entry> facts;
    private final Duration longest;

    @Autowired
    public ConversationMemory(MemorySettings settings) {
        this(settings, Ticker.systemTicker());
    }

    /** A memory whose time is {@code ticker}'s (tests). */
    ConversationMemory(MemorySettings settings, Ticker ticker) {
        this.longest = settings.longest();
        this.facts =
                Caffeine.newBuilder()
                        .maximumSize(settings.maximumSize())
                        .expireAfter(new KeptAfterWrite())
                        .ticker(ticker)
                        .build();
    }

    /** A memory with the default settings (tests and fixtures). */
    public static ConversationMemory withDefaults() {
        return new ConversationMemory(MemorySettings.DEFAULTS);
    }

    /** Remembers {@code value} as {@code fact} of {@code conversation}, from now on. */
    public <T> void put(String conversation, Fact<T> fact, T value) {
        Duration kept = fact.kept().compareTo(longest) > 0 ? longest : fact.kept();
        facts.put(
                new Key(conversation, fact.name()),
                new Entry(fact.type().cast(value), kept.toNanos()));
    }

    /**
     * Remembers {@code value} as {@code fact} of {@code conversation} unless it is remembered
     * already; whether it was not (and is now).
     */
    public <T> boolean putIfAbsent(String conversation, Fact<T> fact, T value) {
        Duration kept = fact.kept().compareTo(longest) > 0 ? longest : fact.kept();
        return facts.asMap()
                        .putIfAbsent(
                                new Key(conversation, fact.name()),
                                new Entry(fact.type().cast(value), kept.toNanos()))
                == null;
    }

    /** The {@code fact} of {@code conversation}, if remembered and not yet forgotten. */
    public <T> Optional<T> get(String conversation, Fact<T> fact) {
        Entry entry = facts.getIfPresent(new Key(conversation, fact.name()));
        return entry == null || !fact.type().isInstance(entry.value())
                ? Optional.empty()
                : Optional.of(fact.type().cast(entry.value()));
    }

    /** Whether {@code fact} of {@code conversation} is remembered. */
    public boolean has(String conversation, Fact<?> fact) {
        return get(conversation, fact).isPresent();
    }

    /** Forgets {@code fact} of {@code conversation}. */
    public void forget(String conversation, Fact<?> fact) {
        facts.invalidate(new Key(conversation, fact.name()));
    }

    /** Each fact is kept for its own time after it was last written; reading does not extend it. */
    private static final class KeptAfterWrite implements Expiry<Key, Entry> {

        @Override
        public long expireAfterCreate(Key key, Entry entry, long now) {
            return entry.keptNanos();
        }

        @Override
        public long expireAfterUpdate(Key key, Entry entry, long now, long currentDuration) {
            return entry.keptNanos();
        }

        @Override
        public long expireAfterRead(Key key, Entry entry, long now, long currentDuration) {
            return currentDuration;
        }
    }
}
