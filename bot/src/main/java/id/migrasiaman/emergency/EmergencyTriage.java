package id.migrasiaman.emergency;

import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.SafetyCheck;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.conversation.flows.EmergencyStep;
import id.migrasiaman.conversation.flows.FlowState;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.safety.DangerAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Texts written while the emergency flow is active. Waiting for "is anyone in danger now?": yes or
 * no in words count as the buttons, a confident danger raises the alarm, another call for help is
 * kept for the alarm, so is what answers the question ("di rumah majikan di Johor"), and anything
 * else goes back to where the person was. After the alarm ({@link FollowUps}): a text that carries
 * facts is added to the report, a clear question is answered as usual (and the person may add it),
 * thanks and greetings get a short note, and anything unclear is added only if the person says so.
 */
@Component
class EmergencyTriage {

    private static final Set<String> YES =
            Set.of("ya", "iya", "y", "yes", "yup", "ya sekarang", "iya sekarang", "benar", "betul");
    private static final Set<String> NO =
            Set.of("tidak", "tdk", "gak", "ga", "nggak", "enggak", "no", "bukan", "sonde", "son");
    private static final Pattern QUESTION_START =
            Pattern.compile(
                    "^(berapa|brp|bagaimana|bgmn|gimana|gmn|apa|apakah|di ?mana|dimana|kemana|ke"
                            + " mana|kapan|siapa|mengapa|kenapa|bisakah|boleh|karmana|how|what"
                            + "|where|when|who|why|can|is|are|do|does)\\b.*");

    /** Texts waiting for "add to the report?" are kept to Telegram's length of one message. */
    private static final int MAX_PENDING = 4096;

    private final Alarms alarms;
    private final UrgentReports urgent;
    private final EmergencyReplies replies;
    private final WeakInFlow inFlow;

    EmergencyTriage(
            Alarms alarms, UrgentReports urgent, EmergencyReplies replies, WeakInFlow inFlow) {
        this.alarms = alarms;
        this.inFlow = inFlow;
        this.urgent = urgent;
        this.replies = replies;
    }

    /** The replies to {@code text} in the emergency flow; empty to route it as usual. */
    Optional<List<Reply>> handle(
            Turn turn,
            String text,
            Analysis analysis,
            DangerAssessment danger,
            String country,
            SafetyCheck.Routing routing) {
        String words = words(text);
        EmergencyState emergency = turn.state().active(EmergencyState.class).orElseThrow();
        if (emergency.step() == EmergencyStep.ASK) {
            if (YES.contains(words) || danger.strong()) {
                return Optional.of(
                        danger.strong()
                                ? alarms.raise(turn, joined(turn, text), danger.minor(), country)
                                : alarms.confirm(turn, danger.minor()));
            }
            if (NO.contains(words)) {
                return Optional.of(alarms.decline(turn));
            }
            Optional<String> stashed = Interruptions.flowIn(emergency);
            boolean answersUs =
                    stashed.isEmpty()
                            && !question(text, analysis)
                            && FollowUps.carriesFacts(text, analysis, danger);
            // Asked because of a weak signal inside a flow: typing on means going on with it.
            boolean goingOn =
                    stashed.isPresent()
                            && inFlow.asked(turn.message().conversationId(), stashed.get());
            if (danger.weak() && !goingOn || answersUs) {
                // More about what is happening ("di rumah majikan di Johor"): kept for the alarm.
                turn.update(turn.state().detour(emergency.withText(joined(turn, text))));
                return Optional.of(List.of(replies.question(turn.language(), false)));
            }
            // Not about danger: back to where the person was, and let the message go on there.
            ConversationState state = turn.state();
            turn.update(Interruptions.restore(state).orElse(state.withoutFlow()));
            return Optional.empty();
        }
        String code = emergency.code();
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return switch (FollowUps.of(text, analysis, danger, turn.message().inReplyTo(), code)) {
            // Facts go on to the emergency flow, which adds them to the report.
            case FACT -> Optional.empty();
            case QUESTION -> Optional.of(answer(turn, text, code, routing));
            case SMALL_TALK ->
                    Optional.of(
                            List.of(
                                    Reply.withButtons(
                                            replies.t(turn.language(), "emergency.active", code),
                                            List.of(replies.withdrawRow(turn.language(), code)))));
            case UNCLEAR ->
                    Optional.of(List.of(offer(turn, turn.state(), emergency, text, code, false)));
        };
    }

    /** Answers the question as if no emergency were open, then offers to add it. */
    private List<Reply> answer(Turn turn, String text, String code, SafetyCheck.Routing routing) {
        ConversationState before = turn.state();
        EmergencyState emergency = before.active(EmergencyState.class).orElseThrow();
        List<Reply> out = new ArrayList<>(routing.byIntent(turn, text));
        if (turn.state().active() == null || turn.state().equals(before)) {
            out.add(offer(turn, before, emergency, text, code, true));
        }
        return out;
    }

    /**
     * Keeps {@code text} waiting (in the conversation state only) and asks whether it belongs in
     * the report: "add" stores it, "no" forgets it. Texts waiting together are added together.
     */
    private Reply offer(
            Turn turn,
            ConversationState state,
            EmergencyState emergency,
            String text,
            String code,
            boolean asked) {
        String before = emergency.pending();
        String pending = before.isBlank() ? text : before + "\n" + text;
        turn.update(
                state.detour(
                        emergency
                                .withPending(FlowState.bounded(pending, MAX_PENDING))
                                .at(EmergencyStep.FOLLOW)));
        String lang = turn.language();
        return Reply.withButtons(
                replies.t(lang, asked ? "emergency.question.add" : "emergency.unclear", code),
                List.of(
                        List.of(
                                new Reply.Button(
                                        replies.t(lang, "emergency.add"),
                                        AlarmButtons.PREFIX + "add"),
                                new Reply.Button(
                                        replies.t(lang, "emergency.keep"),
                                        AlarmButtons.PREFIX + "keep"))));
    }

    /** Adds the question waiting in the emergency's data to the report. */
    List<Reply> addPending(Turn turn) {
        Optional<EmergencyState> emergency = turn.state().active(EmergencyState.class);
        String pending = emergency.map(EmergencyState::pending).orElse("");
        String code = emergency.map(EmergencyState::code).orElse("");
        if (pending.isEmpty() || code.isEmpty()) {
            return List.of(
                    replies.withMenu(replies.t(turn.language(), "menu.prompt"), turn.language()));
        }
        urgent.addText(turn, code, pending);
        turn.update(turn.state().detour(emergency.get().withPending("").at(EmergencyStep.FOLLOW)));
        return List.of(replies.added(turn.language(), code));
    }

    /** Whether {@code text} is a clear question rather than news. */
    static boolean question(String text, Analysis analysis) {
        if (!analysis.entities().phones().isEmpty()) {
            return false;
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        boolean asks = lower.endsWith("?") || QUESTION_START.matcher(lower).matches();
        return asks
                && (analysis.intent() == Intent.PROCEDURE_QUESTION
                        || lower.endsWith("?") && QUESTION_START.matcher(lower).matches());
    }

    private static String joined(Turn turn, String text) {
        String before =
                turn.state().active(EmergencyState.class).map(EmergencyState::text).orElse("");
        return before.isBlank() ? text : before + "\n" + text;
    }

    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} ]", " ")
                .strip()
                .replaceAll("\\s+", " ");
    }
}
