package id.migrasiaman.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/** The embedded store has no password: it listens on loopback only and says it is not for prod. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedStoreExposureTests {

    @Test
    void theEmbeddedServerListensOnLoopbackOnly() {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory()) {
            assertThat(mongo.address().getAddress().isLoopbackAddress()).isTrue();
            assertThat(mongo.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void aTelegramBotOnTheEmbeddedStoreWarnsOnceAtStart(CapturedOutput output) {
        MockEnvironment telegram =
                new MockEnvironment().withProperty("migrasi.telegram.token", "123:abc");

        assertThat(EmbeddedStoreWarning.warnIfTelegram(telegram)).isTrue();

        assertThat(output.getOut())
                .contains("WARN")
                .contains("embedded store is for local use; production needs MONGODB_URI")
                .doesNotContain("123:abc");
    }

    @Test
    void theLocalChatAndTestsStayQuiet(CapturedOutput output) {
        MockEnvironment chat = new MockEnvironment().withProperty("migrasi.telegram.token", "1:a");
        chat.setActiveProfiles("chat");

        assertThat(EmbeddedStoreWarning.warnIfTelegram(new MockEnvironment())).isFalse();
        assertThat(EmbeddedStoreWarning.warnIfTelegram(chat)).isFalse();
        assertThat(output.getOut()).doesNotContain("production needs MONGODB_URI");
    }
}
