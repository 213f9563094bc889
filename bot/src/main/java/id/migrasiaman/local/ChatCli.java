package id.migrasiaman.local;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.ConversationService;
import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.IncomingMessage;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.TextParser;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar bot.jar chat}: reads lines on stdin and prints the bot's replies. Buttons are
 * numbered; typing the number presses the button. Only in local mode or when enabled ({@link
 * LocalSettings}); lines over 4,096 characters are refused before they reach the classifier.
 */
@Component
@Profile("chat")
@Conditional(LocalChannelsEnabled.class)
class ChatCli implements CommandLineRunner {

    /** "lokasi -10.17,123.61": the shared location Telegram's button would send. */
    private static final Pattern LOCATION =
            Pattern.compile(
                    "(?i)(?:lokasi|location)\\s+(-?\\d{1,2}(?:\\.\\d+)?)\\s*,\\s*(-?\\d{1,3}(?:\\.\\d+)?)");

    private static final String CONVERSATION = "cli-local";

    private final ConversationService conversations;

    ChatCli(ConversationService conversations) {
        this.conversations = conversations;
    }

    @Override
    public void run(String... args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in =
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        out.println("Migrasi Aman (chat). Tulis pesan, /start untuk menu, Ctrl-D untuk keluar.");
        List<Reply.Button> offered = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.length() > LocalSettings.MAX_TEXT) {
                out.println(
                        "(Pesan terlalu panjang: paling banyak "
                                + LocalSettings.MAX_TEXT
                                + " huruf.)");
                continue;
            }
            if (offered.isEmpty() && line.strip().matches("\\d{1,2}")) {
                // A button number from before a restart: this process never showed those buttons
                // (trial 16, D10). Telegram's buttons carry their own data and work after one.
                out.println(
                        "(Tombol dari sesi sebelumnya tidak kami kenal lagi. Ketik /start untuk"
                                + " melihat pertanyaan terakhir dan tombolnya.)");
                out.println();
                continue;
            }
            Content content = pressed(line.strip(), offered);
            List<Reply> replies =
                    conversations.handle(
                            new IncomingMessage(
                                    CONVERSATION,
                                    CONVERSATION,
                                    content,
                                    "id",
                                    Instant.now(),
                                    "cli:local",
                                    null));
            offered.clear();
            for (Reply reply : replies) {
                out.println(Html.toPlainText(reply.html()));
                reply.keyboard().stream()
                        .flatMap(List::stream)
                        .forEach(
                                b -> {
                                    offered.add(b);
                                    out.println("  [" + offered.size() + "] " + b.label());
                                });
                if (reply.requestLocation()) {
                    // Telegram shows a "share location" button; here it is typed.
                    out.println("  [📍] lokasi LAT,LON  (mis. lokasi -10.17,123.61)");
                }
                out.println();
            }
            out.flush();
        }
    }

    private static Content pressed(String line, List<Reply.Button> offered) {
        Matcher location = LOCATION.matcher(line);
        if (location.matches()) {
            return new Content.Location(
                    Double.parseDouble(location.group(1)), Double.parseDouble(location.group(2)));
        }
        if (line.matches("\\d{1,2}")) {
            int index = Integer.parseInt(line) - 1;
            if (index >= 0 && index < offered.size()) {
                return new Content.Button(offered.get(index).data());
            }
        }
        return TextParser.parse(line);
    }
}
