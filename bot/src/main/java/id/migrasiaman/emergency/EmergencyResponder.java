package id.migrasiaman.emergency;

import id.migrasiaman.conversation.AnswerFirst;
import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.CommandAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Flow;
import id.migrasiaman.conversation.IntentResponder;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.TextAnalyser;
import id.migrasiaman.safety.DangerAssessment;
import id.migrasiaman.safety.DangerCheck;
import id.migrasiaman.safety.DangerLevel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Ways into an emergency and what it does with non-text messages. {@code /darurat}, the menu
 * button, and a message the model files as an emergency without a confident danger signal: the
 * hotlines and "is anyone in danger now?" (a confident signal never gets here: the {@link
 * SafetyLayer} raised the alarm already). While the question waits, a shared location answers
 * "yes"; after the alarm, locations and media are added to the urgent report.
 */
@Component
class EmergencyResponder implements IntentResponder, CommandAction, ButtonAction, Flow {

    static final String NAME = EmergencyState.NAME;

    private final Alarms alarms;
    private final UrgentReports urgent;
    private final EmergencyReplies replies;
    private final TextAnalyser analyser;
    private final DangerCheck danger;
    private final ObjectProvider<AnswerFirst> answers;
    private final ObjectProvider<IntentResponder> responders;

    EmergencyResponder(
            Alarms alarms,
            UrgentReports urgent,
            EmergencyReplies replies,
            TextAnalyser analyser,
            DangerCheck danger,
            ObjectProvider<AnswerFirst> answers,
            ObjectProvider<IntentResponder> responders) {
        this.answers = answers;
        this.responders = responders;
        this.alarms = alarms;
        this.urgent = urgent;
        this.replies = replies;
        this.analyser = analyser;
        this.danger = danger;
    }

    @Override
    public id.migrasiaman.nlp.Intent intent() {
        return id.migrasiaman.nlp.Intent.EMERGENCY;
    }

    /**
     * The model filed the text as an emergency: ask, unless the danger check found no danger: then
     * a question about the topics gets its answer ("beta pung ade umur 17 taon, bisa pi ko sonde?"
     * is the rule on minors), and a polite request ("help me with my homework") the menu.
     */
    @Override
    public List<Reply> respond(Turn turn, Analysis analysis) {
        DangerAssessment found = danger.assess(analysis.text(), analysis, DangerCheck.Setting.FREE);
        DangerLevel level = found.level();
        if (level == DangerLevel.NONE && found.signals().contains("labour")) {
            // "hari libur sy gmn? … dikasih cuma sebulan sekali" (trial 17, D13): wages, rest days
            // or the contract with no danger told are a rights question, answered as one
            Optional<List<Reply>> rights = asQuestion(turn, analysis);
            if (rights.isPresent()) {
                return rights.get();
            }
        }
        if (level == DangerLevel.NONE) {
            String lang = turn.language();
            if (DangerAnswer.of(analysis.text()) == DangerAnswer.Said.NO) {
                // "aku ga dalam bahaya kok, majikan baik": glad, and what we can help with; the
                // rest of the message is answered when a topic answers it (round 15)
                List<Reply> out = new java.util.ArrayList<>();
                answers.orderedStream()
                        .map(a -> a.besideHotlines(turn, analysis))
                        .flatMap(Optional::stream)
                        .findFirst()
                        .ifPresent(out::addAll);
                out.add(replies.withMenu(replies.t(lang, "emergency.safe"), lang));
                return out;
            }
            Optional<List<Reply>> answered =
                    answers.orderedStream()
                            .map(a -> a.besideHotlines(turn, analysis))
                            .flatMap(Optional::stream)
                            .findFirst();
            if (answered.isPresent()) {
                return answered.get();
            }
            return List.of(
                    replies.withMenu(
                            replies.t(turn.language(), "outofscope.reply"), turn.language()));
        }
        return alarms.ask(turn, analysis.text(), Countries.of(analysis, turn.state()), false);
    }

    /** What the question responder answers to {@code analysis}: a topic, or the nearest ones. */
    private Optional<List<Reply>> asQuestion(Turn turn, Analysis analysis) {
        return responders
                .orderedStream()
                .filter(r -> r.intent() == id.migrasiaman.nlp.Intent.PROCEDURE_QUESTION)
                .findFirst()
                .map(r -> r.respond(turn, analysis));
    }

    @Override
    public Set<String> commands() {
        return Set.of("darurat", "emergency", "sos");
    }

    @Override
    public List<Reply> run(Turn turn, Content.Command command) {
        String text = command.argument();
        Analysis analysis = text.isBlank() ? null : analyser.analyse(text);
        return alarms.ask(turn, text, Countries.of(analysis, turn.state()), true);
    }

    @Override
    public String prefix() {
        return Menus.EMERGENCY;
    }

    @Override
    public boolean accepts(String value) {
        return value.isEmpty();
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        return alarms.ask(turn, "", Countries.of(null, turn.state()), true);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Reply> next(Turn turn) {
        EmergencyState emergency = turn.state().active(EmergencyState.class).orElseThrow();
        String code = emergency.code();
        Content content = turn.message().content();
        if (code.isEmpty()) {
            if (content instanceof Content.Location location) {
                return alarms.raise(
                        turn,
                        "📍 " + location.latitude() + "," + location.longitude(),
                        false,
                        Countries.known(emergency));
            }
            return List.of(replies.question(turn.language(), true));
        }
        try {
            urgent.add(turn, code, content);
        } catch (RuntimeException e) {
            // Storage away: the report itself is safe (outbox); repeat the hotlines rather than
            // fail.
            return replies.hotlinesFirst(turn.language(), Countries.known(emergency));
        }
        return List.of(
                replies.added(turn.language(), code, Interruptions.flowIn(emergency).orElse(null)));
    }
}
