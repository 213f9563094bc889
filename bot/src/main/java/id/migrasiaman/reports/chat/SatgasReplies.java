package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Flow;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.TypedButtonAction;
import id.migrasiaman.conversation.flows.FlowState;
import id.migrasiaman.conversation.flows.SatgasState;
import id.migrasiaman.reports.AppendResult;
import id.migrasiaman.reports.EvidenceRef;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.evidence.EvidenceIntake;
import id.migrasiaman.reports.queue.ReferenceCodes;
import java.util.List;
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
class SatgasReplies implements TypedButtonAction<SatgasReplies.Press>, Flow, MessageInterceptor {

    static final String NAME = SatgasState.NAME;
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

    /** "Balas" for report {@code code}, or "cancel" when {@code code} is null. */
    record Press(String code) {}

    @Override
    public Optional<Press> parse(String value) {
        return CANCEL.equals(value)
                ? Optional.of(new Press(null))
                : ReferenceCodes.normalise(value).map(Press::new);
    }

    @Override
    public List<Reply> pressed(Turn turn, Press press) {
        String lang = turn.language();
        if (press.code() == null) {
            return back(turn, texts.get(lang, "satgas.cancelled"));
        }
        Optional<String> code = Optional.of(press.code());
        if (queue.publicStatus(code.get()).isEmpty()) {
            return List.of(Reply.text(texts.get(lang, "status.unknown")));
        }
        // Pressing "Balas" twice must not stash the detour inside itself.
        FlowState from =
                turn.state().active() instanceof SatgasState detour
                        ? detour.returnTo()
                        : turn.state().active();
        turn.update(turn.state().detour(new SatgasState(code.get(), from)));
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
        String code = turn.state().active(SatgasState.class).map(SatgasState::code).orElse(null);
        if (code == null || !answerable(turn.message().content())) {
            return List.of(Reply.text(texts.get(turn.language(), "satgas.ask", code)));
        }
        return answer(turn, code);
    }

    /** Back from an emergency: the staff's question is still waiting for an answer. */
    @Override
    public List<Reply> resume(Turn turn) {
        return turn.state()
                .active(SatgasState.class)
                .map(s -> List.of(ask(turn.language(), s.code())))
                .orElse(List.of());
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
        FlowState active = turn.state().active();
        boolean resumes =
                active instanceof SatgasState detour ? detour.returnTo() != null : active != null;
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
        if (turn.state().active() instanceof SatgasState detour) {
            turn.update(turn.state().detour(detour.returnTo()));
        }
        return List.of(Reply.text(html));
    }

    private static boolean answerable(Content content) {
        return content instanceof Content.Media
                || content instanceof Content.Location
                || (content instanceof Content.Text t && !t.text().isBlank());
    }
}
