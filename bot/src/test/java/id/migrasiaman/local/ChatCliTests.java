package id.migrasiaman.local;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.BotApplication;
import id.migrasiaman.conversation.Reply;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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
        String said = chat(data, "halo\n");

        assertThat(said).contains("Migrasi Aman (chat)").contains("[1]");
    }

    /**
     * Trial 16 (D10): back after a restart, "1" for the "⏭ Lewati" this new process never showed
     * was sent as the text "1" and rejected ("Itu bukan salah satu jawaban di sini").
     */
    @Test
    void aButtonNumberFromBeforeARestartIsNotSentAsText(@TempDir Path data) {
        String said = chat(data, "1\n");

        assertThat(said).contains("Ketik /start").doesNotContain("bukan salah satu jawaban");
    }

    /**
     * Trial 17 D24 and trial 18 D23: a resumed /jalur sends the summary (with its own buttons)
     * before the step, and "✅ Sudah" was [5] there but [1] on every other step card, so the same
     * number did different things. The question asked last is numbered from 1.
     */
    @Test
    void theLastKeyboardOfATurnIsNumberedFromOne() {
        Reply.Button b = new Reply.Button("x", "x");
        Reply summary =
                Reply.withButtons("summary", List.of(List.of(b), List.of(b, b), List.of(b)));
        Reply notes = Reply.text("notes");
        Reply step = Reply.withButtons("step", List.of(List.of(b), List.of(b), List.of(b, b)));
        assertThat(ChatCli.numbering(List.of(summary, notes, step))).containsExactly(5, 9, 1);
        assertThat(ChatCli.numbering(List.of(step))).containsExactly(1);
        assertThat(ChatCli.numbering(List.of(notes))).containsExactly(1);
    }

    /** The guide walked in the chat: after /jalur again, [1] is still "✅ Sudah". */
    @Test
    void sudahIsOneOnAResumedStepToo(@TempDir Path data) {
        String said = chat(data, "/jalur\n1\n1\n1\n/jalur\n1\n");
        assertThat(said).contains("Langkah 2 dari").contains("Langkah 3 dari");
        assertThat(said.substring(said.lastIndexOf("Langkah 2 dari"))).contains("[1] ✅ Sudah");
    }

    private static String chat(Path data, String typed) {
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)));
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
        return captured.toString(StandardCharsets.UTF_8);
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
