package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * How a staff message looks to the reporter: a header naming the report, the text, how to answer,
 * and a "Balas" button. The header is what lets a channel's reply to the message find its report
 * again.
 */
@Component
public class SatgasMessage {

    /** Button data prefix of "Balas": {@code sb:} and the report code. */
    static final String REPLY = "sb:";

    private static final Pattern HEADER =
            Pattern.compile("^\\W*Satgas\\s+[—–-]\\s+(LPR-[0-9A-Z]{4}-[0-9A-Z]{4})\\b");

    private final Texts texts;

    SatgasMessage(Texts texts) {
        this.texts = texts;
    }

    /** The message carrying {@code text} (plain, escaped here) about report {@code code}. */
    public Reply render(String code, String text, String language) {
        String html =
                "📩 <b>Satgas — "
                        + Html.escape(code)
                        + "</b>\n"
                        + Html.escape(text)
                        + "\n\n<i>"
                        + texts.get(language, "satgas.howto")
                        + "</i>";
        return Reply.withButtons(
                html,
                List.of(
                        List.of(
                                new Reply.Button(
                                        texts.get(language, "satgas.reply"), REPLY + code))));
    }

    /** The report a staff message is about, from the text the reporter's channel shows of it. */
    static Optional<String> codeOf(String shownText) {
        Matcher m = HEADER.matcher(shownText == null ? "" : shownText.strip());
        return m.find() ? Optional.of(m.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }
}
