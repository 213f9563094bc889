package id.migrasiaman.local;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.ConversationService;
import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.IncomingMessage;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.TextParser;
import id.migrasiaman.system.Pseudonyms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The local chat page {@code /try}: talk to the bot without Telegram, through the same conversation
 * core. The transcript lives in the browser session only. It exists only in local mode or when
 * enabled ({@link LocalSettings}); texts over 4,096 characters are refused (413) before they reach
 * the classifier, and each client address may send {@link LocalSettings#perMinute()} a minute
 * (429). Its reports alert no one unless a local staff chat is set.
 */
@Controller
@Conditional(LocalChannelsEnabled.class)
class TryController {

    private static final String VIEW = "local/try";
    private static final String TRANSCRIPT = "transcript";
    private static final int KEEP = 40;

    private static final int MAX_BUTTON = 64;

    private final ConversationService conversations;
    private final Pseudonyms pseudonyms;
    private final ClientRate rate;

    TryController(
            ConversationService conversations, Pseudonyms pseudonyms, LocalSettings settings) {
        this.conversations = conversations;
        this.pseudonyms = pseudonyms;
        this.rate = new ClientRate(settings.perMinute());
    }

    @GetMapping("/try")
    String page(HttpSession session, Model model) {
        model.addAttribute(TRANSCRIPT, transcript(session));
        return VIEW;
    }

    @PostMapping("/try")
    String send(
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String button,
            @RequestParam(required = false) String label,
            HttpSession session,
            HttpServletRequest request,
            Model model) {
        if (text != null && text.length() > LocalSettings.MAX_TEXT
                || button != null && button.length() > MAX_BUTTON
                || label != null && label.length() > LocalSettings.MAX_TEXT) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE);
        }
        if (!rate.allow(request.getRemoteAddr())) {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
        }
        List<TranscriptEntry> transcript = transcript(session);
        Content content;
        if (button != null && !button.isBlank()) {
            content = new Content.Button(button);
            transcript.add(TranscriptEntry.user("[" + (label == null ? button : label) + "]"));
        } else {
            content = TextParser.parse(text == null ? "" : text);
            transcript.add(TranscriptEntry.user(text == null ? "" : text));
        }
        String id = pseudonyms.of("try", session.getId());
        List<Reply> replies =
                conversations.handle(
                        new IncomingMessage(
                                id, id, content, "id", Instant.now(), "try:" + id, null));
        replies.forEach(r -> transcript.add(TranscriptEntry.bot(r)));
        while (transcript.size() > KEEP) {
            transcript.remove(0);
        }
        model.addAttribute(TRANSCRIPT, transcript);
        return VIEW;
    }

    @SuppressWarnings("unchecked")
    private static List<TranscriptEntry> transcript(HttpSession session) {
        Object stored = session.getAttribute(TRANSCRIPT);
        if (stored == null) {
            stored = new ArrayList<TranscriptEntry>();
            session.setAttribute(TRANSCRIPT, stored);
        }
        return (List<TranscriptEntry>) stored;
    }

    /** One line of the transcript; {@code html} is safe to render (user text is escaped). */
    record TranscriptEntry(boolean fromBot, String html, List<List<Reply.Button>> buttons)
            implements java.io.Serializable {
        static TranscriptEntry user(String text) {
            return new TranscriptEntry(false, Html.escape(text), List.of());
        }

        static TranscriptEntry bot(Reply reply) {
            return new TranscriptEntry(true, reply.html().replace("\n", "<br>"), reply.keyboard());
        }
    }
}
