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
                        "(Tidak ada tombol bernomor itu sekarang. Ketik /start untuk melihat"
                                + " pertanyaan terakhir dan tombolnya.)");
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
            int[] firstNumber = numbering(replies);
            for (int r = 0; r < replies.size(); r++) {
                Reply reply = replies.get(r);
                out.println(Html.toPlainText(reply.html()));
                List<Reply.Button> buttons =
                        reply.keyboard().stream().flatMap(List::stream).toList();
                for (int b = 0; b < buttons.size(); b++) {
                    int number = firstNumber[r] + b;
                    while (offered.size() < number) {
                        offered.add(null);
                    }
                    offered.set(number - 1, buttons.get(b));
                    out.println("  [" + number + "] " + buttons.get(b).label());
                }
                if (reply.requestLocation()) {
                    // Telegram shows a "share location" button; here it is typed.
                    out.println("  [📍] lokasi LAT,LON  (mis. lokasi -10.17,123.61)");
                }
                out.println();
            }
            out.flush();
        }
    }

    /**
     * The number of each reply's first button. The last keyboard of a turn (the question being
     * asked now) is numbered from 1 and the earlier ones after it, so that a step's "✅ Sudah" is
     * [1] whether or not a summary with its own buttons came before it (trial 17 D24, trial 18
     * D23). Telegram shows a keyboard under each message and needs none of this.
     */
    static int[] numbering(List<Reply> replies) {
        int[] first = new int[replies.size()];
        int last = -1;
        for (int r = 0; r < replies.size(); r++) {
            if (!replies.get(r).keyboard().isEmpty()) {
                last = r;
            }
        }
        int next = 1;
        if (last >= 0) {
            first[last] = next;
            next += count(replies.get(last));
        }
        for (int r = 0; r < replies.size(); r++) {
            if (r != last) {
                first[r] = next;
                next += count(replies.get(r));
            }
        }
        return first;
    }

    private static int count(Reply reply) {
        return reply.keyboard().stream().mapToInt(List::size).sum();
    }

    private static Content pressed(String line, List<Reply.Button> offered) {
        Matcher location = LOCATION.matcher(line);
        if (location.matches()) {
            return new Content.Location(
                    Double.parseDouble(location.group(1)), Double.parseDouble(location.group(2)));
        }
        if (line.matches("\\d{1,2}")) {
            int index = Integer.parseInt(line) - 1;
            if (index >= 0 && index < offered.size() && offered.get(index) != null) {
                return new Content.Button(offered.get(index).data());
            }
        }
        return TextParser.parse(line);
    }
}
