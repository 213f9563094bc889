package id.migrasiaman.local;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.BotApplication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bot.jar chat} as the launcher starts it: no web server (so nothing web-only, such as the
 * console's security filter chain, may be required), the conversation on stdin and stdout.
 */
class ChatCliTests {

    @Test
    void answersOnStdoutWithoutAWebServer(@TempDir Path data) {
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream("halo\n".getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            SpringApplication app = new SpringApplication(BotApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("chat");
            try (ConfigurableApplicationContext context =
                    app.run(
                            "--migrasi.store.embedded-backend=MEMORY",
                            "--migrasi.store.data-dir=" + data,
                            "--migrasi.content.dir=../content",
                            "--migrasi.privacy.pseudonym-secret=test-secret-0123456789abcdef",
                            "--migrasi.telegram.token=")) {
                assertThat(context.isActive()).isTrue();
            }
        } finally {
            System.setIn(in);
            System.setOut(out);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("Migrasi Aman (chat)")
                .contains("[1]");
    }

    /**
     * Trial 16 (D10): back after a restart, "1" for the "⏭ Lewati" this new process never showed
     * was sent as the text "1" and rejected ("Itu bukan salah satu jawaban di sini").
     */
    @Test
    void aButtonNumberFromBeforeARestartIsNotSentAsText(@TempDir Path data) {
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream("1\n".getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            SpringApplication app = new SpringApplication(BotApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("chat");
            try (ConfigurableApplicationContext context =
                    app.run(
                            "--migrasi.store.embedded-backend=MEMORY",
                            "--migrasi.store.data-dir=" + data,
                            "--migrasi.content.dir=../content",
                            "--migrasi.privacy.pseudonym-secret=test-secret-0123456789abcdef",
                            "--migrasi.telegram.token=")) {
                assertThat(context.isActive()).isTrue();
            }
        } finally {
            System.setIn(in);
            System.setOut(out);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("Ketik /start")
                .doesNotContain("bukan salah satu jawaban");
    }

    @Test
    void refusesToRunNextToATelegramToken(@TempDir Path data) {
        InputStream in = System.in;
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        try {
            System.setIn(
                    new ByteArrayInputStream(
                            "tolong saya disekap\n".getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            SpringApplication app = new SpringApplication(BotApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("chat");
            try (ConfigurableApplicationContext context =
                    app.run(
                            "--migrasi.store.embedded-backend=MEMORY",
                            "--migrasi.store.data-dir=" + data,
                            "--migrasi.content.dir=../content",
                            "--migrasi.privacy.pseudonym-secret=test-secret-0123456789abcdef",
                            "--migrasi.telegram.token=123:abc")) {
                assertThat(context.isActive()).isTrue();
            }
        } finally {
            System.setIn(in);
            System.setOut(out);
            System.setErr(err);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("Migrasi Aman (chat)");
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("only in local mode");
    }
}
