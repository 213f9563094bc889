package id.migrasiaman.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConversationMemoryTests {

    private static final ConversationMemory.Fact<Boolean> CHILD =
            new ConversationMemory.Fact<>("test.child", Boolean.class, Duration.ofHours(2));
    private static final ConversationMemory.Fact<String> DESCRIBED =
            new ConversationMemory.Fact<>("test.described", String.class, Duration.ofMinutes(30));

    private final AtomicLong nanos = new AtomicLong();
    private final ConversationMemory memory =
            new ConversationMemory(new MemorySettings(1_000, Duration.ofHours(1)), nanos::get);

    @Test
    void factsAreTypedAndKeptPerConversationAndKind() {
        memory.put("a", DESCRIBED, "om Yanto dari Oesao");
        memory.put("b", CHILD, true);

        assertThat(memory.get("a", DESCRIBED)).contains("om Yanto dari Oesao");
        assertThat(memory.has("a", CHILD)).isFalse();
        assertThat(memory.has("b", CHILD)).isTrue();
        assertThat(memory.get("b", DESCRIBED)).isEmpty();

        memory.forget("a", DESCRIBED);
        assertThat(memory.get("a", DESCRIBED)).isEmpty();
    }

    @Test
    void eachFactIsForgottenItsOwnTimeAfterItWasWrittenAndNeverLaterThanTheLongest() {
        memory.put("a", DESCRIBED, "x");
        memory.put("a", CHILD, true);

        advance(Duration.ofMinutes(29));
        assertThat(memory.has("a", DESCRIBED)).isTrue();
        advance(Duration.ofMinutes(2));
        assertThat(memory.has("a", DESCRIBED)).isFalse();
        // asked for two hours, capped at the settings' hour
        assertThat(memory.has("a", CHILD)).isTrue();
        advance(Duration.ofMinutes(30));
        assertThat(memory.has("a", CHILD)).isFalse();
    }

    @Test
    void writingAgainKeepsAFactLongerButReadingDoesNot() {
        memory.put("a", DESCRIBED, "x");
        advance(Duration.ofMinutes(20));
        assertThat(memory.has("a", DESCRIBED)).isTrue();
        advance(Duration.ofMinutes(11));
        assertThat(memory.has("a", DESCRIBED)).isFalse();

        memory.put("a", DESCRIBED, "y");
        advance(Duration.ofMinutes(20));
        memory.put("a", DESCRIBED, "z");
        advance(Duration.ofMinutes(20));
        assertThat(memory.get("a", DESCRIBED)).contains("z");
    }

    @Test
    void putIfAbsentSaysWhetherItWasNew() {
        assertThat(memory.putIfAbsent("a", CHILD, true)).isTrue();
        assertThat(memory.putIfAbsent("a", CHILD, true)).isFalse();
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> new MemorySettings(0, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemorySettings(10, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }
}
