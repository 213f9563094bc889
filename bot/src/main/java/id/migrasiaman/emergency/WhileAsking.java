package id.migrasiaman.emergency;

import id.migrasiaman.conversation.AnswerFirst;
import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.SafetyCheck;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.TextAnalyser;
import id.migrasiaman.safety.DangerAssessment;
import id.migrasiaman.safety.DangerCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Free text typed while "is anyone in danger now?" waits is read, never answered with the same
 * question alone (trial 13: a worker who wrote "aku ga dalam bahaya kok", a widow who asked who
 * pays for bringing her husband's body home and a man whose calo kept coming to his house each got
 * the question back and nothing else). A no in words is a no, and the rest of the message is
 * answered; a yes in words is a yes; news is read again together with what came before (it may now
 * be an alarm), kept for the alarm, answered where a topic answers it, and the question stays below
 * as its two buttons.
 */
@Component
class WhileAsking {

    private final Alarms alarms;
    private final EmergencyReplies replies;
    private final DangerCheck danger;
    private final TextAnalyser analyser;
    private final ObjectProvider<AnswerFirst> answers;

    WhileAsking(
            Alarms alarms,
            EmergencyReplies replies,
            DangerCheck danger,
            TextAnalyser analyser,
            ObjectProvider<AnswerFirst> answers) {
        this.alarms = alarms;
        this.replies = replies;
        this.danger = danger;
        this.analyser = analyser;
        this.answers = answers;
    }

    /** A no in words: nothing is sent, and what else the message says or asks is answered. */
    List<Reply> declined(Turn turn, String text, Analysis analysis, SafetyCheck.Routing routing) {
        List<Reply> out = new ArrayList<>(alarms.decline(turn));
        answer(turn, text, analysis, routing).ifPresent(answer -> out.addAll(1, answer));
        return out;
    }

    /**
     * Whether {@code text}, typed while the question waits, is a question with no danger of its own
     * ("tlg SKCK bikin di mana kak?": its only signal is the polite "tlg"), and not "what do I do
     * now?", which the emergency answers itself.
     */
    boolean plainQuestion(String text, Analysis analysis, DangerAssessment found) {
        return found.weak()
                && !Wording.asksWhatToDo(text)
                && Wording.question(text, analysis)
                && PlainQuestion.onlyTheWord(text, found, analyser, danger);
    }

    /**
     * A plain question instead of an answer (the lead's trial, round 22: it was filed, "Tercatat
     * ✅", and left unanswered): taken as "not now", nothing sent, the question answered as usual,
     * and "Yes, now" a tap away.
     */
    List<Reply> askedInstead(Turn turn, SafetyCheck.Routing routing) {
        alarms.keepAsked(turn);
        turn.update(turn.state().withoutFlow());
        List<Reply> out = new ArrayList<>(routing.asUsual(turn));
        out.add(replies.notNow(turn.language()));
        return out;
    }

    /** A yes in words: the alarm, with everything written while the question waited. */
    List<Reply> confirmed(Turn turn, String joined, String country) {
        EmergencyState asking = turn.state().active(EmergencyState.class).orElseThrow();
        DangerAssessment together = assess(joined);
        turn.update(turn.state().detour(asking.withText(joined).withCountry(country)));
        return alarms.confirm(turn, together.minor());
    }

    /**
     * News or a question beside a weak signal: an alarm when it and what came before are together a
     * confident danger; else kept for the alarm and answered, with the question as buttons below.
     */
    List<Reply> moreTold(
            Turn turn,
            String joined,
            String text,
            Analysis analysis,
            String country,
            SafetyCheck.Routing routing) {
        EmergencyState asking = turn.state().active(EmergencyState.class).orElseThrow();
        if (!asking.text().isBlank()) {
            DangerAssessment together = assess(joined);
            if (together.strong()) {
                return alarms.raise(turn, joined, together.minor(), country);
            }
        }
        turn.update(turn.state().detour(asking.withText(joined).withCountry(country)));
        ConversationState kept = turn.state();
        List<Reply> out = new ArrayList<>();
        Optional<List<Reply>> answered = answer(turn, text, analysis, routing);
        if (answered.isPresent() && !kept.equals(turn.state())) {
            // The answer opened a flow of its own (a report, an offer check): the person goes
            // on there; the earlier question's buttons still raise the alarm.
            return answered.get();
        }
        answered.ifPresent(out::addAll);
        boolean whatNow = answered.isEmpty() && Wording.asksWhatToDo(text);
        if (whatNow) {
            // "sa takut kak, harus bagaimana?" (trial 16, D3): what to do now, never "we have no
            // answer to that"
            out.add(Reply.text(replies.t(turn.language(), "emergency.whatnow")));
        }
        out.add(replies.stillAsking(turn.language(), answered.isPresent() || whatNow));
        return out;
    }

    /**
     * The usual answer to {@code text}, or empty: a topic's answer beside the hotlines, else for a
     * clear question what its intent answers, unless that is the off-topic refusal or the danger
     * question again (then the state is put back as it was).
     */
    private Optional<List<Reply>> answer(
            Turn turn, String text, Analysis analysis, SafetyCheck.Routing routing) {
        Optional<List<Reply>> topic = topic(turn, analysis);
        if (topic.isPresent() || !Wording.question(text, analysis)) {
            return topic;
        }
        ConversationState before = turn.state();
        List<Reply> answered = routing.byIntent(turn, text);
        String refusal = replies.t(turn.language(), "outofscope.reply");
        String abstain = replies.t(turn.language(), "answer.abstain");
        String noAnswer = abstain.substring(0, abstain.indexOf('.') + 1);
        // "we have no sure answer, saved for the content team" is no answer to someone asked
        // whether they are in danger
        boolean refused =
                answered.stream()
                        .anyMatch(
                                r -> r.html().startsWith(refusal) || r.html().startsWith(noAnswer));
        boolean askedAgain =
                turn.state().active() instanceof EmergencyState && !turn.state().equals(before);
        if (answered.isEmpty() || refused || askedAgain) {
            turn.update(before);
            return Optional.empty();
        }
        return Optional.of(answered);
    }

    /** The topic that answers {@code analysis} beside the hotlines, if any. */
    Optional<List<Reply>> topic(Turn turn, Analysis analysis) {
        return answers.orderedStream()
                .map(a -> a.besideHotlines(turn, analysis))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private DangerAssessment assess(String text) {
        return danger.assess(text, analyser.analyse(text), DangerCheck.Setting.FREE);
    }
}
