package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Flow;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.reports.AppendResult;
import id.migrasiaman.reports.EvidenceRef;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.evidence.EvidenceIntake;
import id.migrasiaman.reports.queue.ReferenceCodes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The reporter answers a staff message: "Balas" opens a short detour that takes the next text,
 * photo, document or voice note, or the channel's own reply to the staff message does it at once.
 * The answer is appended to that report (staff see "new information") and never reaches another
 * flow; the conversation then goes back to where it was.
 */
@Component
@Order(0)
class SatgasReplies implements ButtonAction, Flow, MessageInterceptor {

    static final String NAME = "satgas";
    private static final String CODE = "code";
    private static final String CANCEL = "x";
    private static final String LABEL = "[reply to Satgas] ";

    private final ReportQueue queue;
    private final EvidenceIntake evidence;
    private final Texts texts;

    SatgasReplies(ReportQueue queue, EvidenceIntake evidence, Texts texts) {
        this.queue = queue;
        this.evidence = evidence;
        this.texts = texts;
    }

    @Override
    public String prefix() {
        return SatgasMessage.REPLY;
    }

    @Override
    public boolean accepts(String value) {
        return CANCEL.equals(value) || ReferenceCodes.normalise(value).isPresent();
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        String lang = turn.language();
        if (CANCEL.equals(value)) {
            return back(turn, texts.get(lang, "satgas.cancelled"));
        }
        Optional<String> code = ReferenceCodes.normalise(value);
        if (code.isEmpty() || queue.publicStatus(code.get()).isEmpty()) {
            return List.of(Reply.text(texts.get(lang, "status.unknown")));
        }
        // Pressing "Balas" twice must not stash the detour inside itself.
        var from = NAME.equals(turn.state().flow()) ? ReturnPoint.back(turn.state()) : turn.state();
        turn.update(
                turn.state()
                        .inFlow(NAME, "ANSWER", ReturnPoint.keep(from, Map.of(CODE, code.get()))));
        return List.of(ask(lang, code.get()));
    }

    private Reply ask(String lang, String code) {
        return Reply.withButtons(
                texts.get(lang, "satgas.ask", code),
                List.of(
                        List.of(
                                new Reply.Button(
                                        texts.get(lang, "satgas.cancel"),
                                        SatgasMessage.REPLY + CANCEL))));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Reply> next(Turn turn) {
        String code = turn.state().data().get(CODE);
        if (code == null || !answerable(turn.message().content())) {
            return List.of(Reply.text(texts.get(turn.language(), "satgas.ask", code)));
        }
        return answer(turn, code);
    }

    /** Back from an emergency: the staff's question is still waiting for an answer. */
    @Override
    public List<Reply> resume(Turn turn) {
        String code = turn.state().data().get(CODE);
        return code == null ? List.of() : List.of(ask(turn.language(), code));
    }

    /** A channel's reply to a staff message goes to that report, whatever flow is active. */
    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        Optional<String> code = SatgasMessage.codeOf(turn.message().inReplyTo());
        if (code.isEmpty() || !answerable(turn.message().content())) {
            return Optional.empty();
        }
        return Optional.of(answer(turn, code.get()));
    }

    private List<Reply> answer(Turn turn, String code) {
        String lang = turn.language();
        Content content = turn.message().content();
        AppendResult result;
        List<EvidenceRef> file = List.of();
        try {
            if (content instanceof Content.Media media) {
                file = evidence.store(turn, media, code).ref().stream().toList();
            }
            result = append(turn, code, content, file);
        } catch (RuntimeException e) {
            return List.of(Reply.text(texts.get(lang, "satgas.failed", code)));
        }
        if (result.outcome() == AppendResult.Outcome.UNKNOWN_CODE) {
            return back(turn, texts.get(lang, "status.unknown"));
        }
        boolean resumes =
                NAME.equals(turn.state().flow())
                        ? ReturnPoint.resumesFlow(turn.state())
                        : turn.state().flow() != null;
        String sent = texts.get(lang, resumes ? "satgas.sent.resume" : "satgas.sent", code);
        if (content instanceof Content.Media && file.isEmpty()) {
            sent += "\n" + texts.get(lang, "media.notstored");
        }
        return back(turn, sent);
    }

    private AppendResult append(Turn turn, String code, Content content, List<EvidenceRef> file) {
        String key = turn.message().idempotencyKey("satgas-reply");
        String by = turn.message().userPseudonym();
        if (content instanceof Content.Media media) {
            String caption = media.caption() == null ? "" : media.caption().strip();
            String text = LABEL + (caption.isEmpty() ? "[" + media.kind() + "]" : caption);
            return queue.append(code, by, text, file, key);
        }
        if (content instanceof Content.Location l) {
            return queue.append(
                    code, by, LABEL + "📍 " + l.latitude() + "," + l.longitude(), List.of(), key);
        }
        return queue.append(code, by, LABEL + ((Content.Text) content).text(), List.of(), key);
    }

    /** Leaves the detour (if in it) and says {@code html}. */
    private List<Reply> back(Turn turn, String html) {
        if (NAME.equals(turn.state().flow())) {
            turn.update(ReturnPoint.back(turn.state()));
        }
        return List.of(Reply.text(html));
    }

    private static boolean answerable(Content content) {
        return content instanceof Content.Media
                || content instanceof Content.Location
                || (content instanceof Content.Text t && !t.text().isBlank());
    }
}
