package id.migrasiaman.emergency;

import id.migrasiaman.conversation.AnswerFirst;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.SafetyCheck;
import id.migrasiaman.conversation.SituationResponder;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.TypedAnswer;
import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.conversation.flows.StoryState;
import id.migrasiaman.conversation.flows.StoryStep;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.TextAnalyser;
import id.migrasiaman.safety.DangerAssessment;
import id.migrasiaman.safety.DangerCheck;
import id.migrasiaman.safety.DangerLevel;
import id.migrasiaman.safety.FloodControl;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The safety layer: every message passes here before any command, button or flow. Every text (a
 * message, a caption, a command's argument, an edit) goes through the danger check: a confident
 * danger interrupts whatever flow is active (hotlines first, then the URGENT report, then an offer
 * to go back); a weak one gets the hotlines and the one-tap question, inside a flow after the flow
 * kept the text ({@link WeakInFlow}). Texts in the emergency flow are triaged ({@link
 * EmergencyTriage}); {@code /batal} after an alarm says the alarm stays; a flood gets a polite
 * "slow down", never when it carries danger or leads into an emergency.
 */
@Component
class SafetyLayer implements SafetyCheck {

    /** Longer texts are cut before analysis: nothing longer reaches the classifier. */
    static final int MAX_TEXT = 4096;

    /** Intents a weak signal does not override: "tolong info syarat" is a question. */
    private static final Set<Intent> ROUTED_DESPITE_WEAK =
            Set.of(Intent.PROCEDURE_QUESTION, Intent.OFFER_CHECK, Intent.BROKER_REPORT);

    private static final double ROUTED_CONFIDENCE = 0.5;

    private static final Set<String> EMERGENCY_COMMANDS = Set.of("darurat", "emergency", "sos");

    private final TextAnalyser analyser;
    private final ObjectProvider<SituationResponder> situations;
    private final DangerCheck danger;
    private final FloodControl flood;
    private final Alarms alarms;
    private final EmergencyTriage triage;
    private final EmergencyReplies replies;
    private final WeakInFlow inFlow;
    private final GoingHome goingHome;
    private final ObjectProvider<AnswerFirst> answers;
    private final WhatHappensNext whatHappensNext;
    private final PlaceMemory places;
    private final Fragments fragments;

    SafetyLayer(
            TextAnalyser analyser,
            DangerCheck danger,
            FloodControl flood,
            Alarms alarms,
            EmergencyTriage triage,
            EmergencyReplies replies,
            WeakInFlow inFlow,
            GoingHome goingHome,
            ObjectProvider<SituationResponder> situations,
            ObjectProvider<AnswerFirst> answers,
            WhatHappensNext whatHappensNext,
            PlaceMemory places,
            Fragments fragments) {
        this.fragments = fragments;
        this.whatHappensNext = whatHappensNext;
        this.places = places;
        this.answers = answers;
        this.goingHome = goingHome;
        this.inFlow = inFlow;
        this.situations = situations;
        this.analyser = analyser;
        this.danger = danger;
        this.flood = flood;
        this.alarms = alarms;
        this.triage = triage;
        this.replies = replies;
    }

    @Override
    public Optional<List<Reply>> screen(Turn turn, Routing routing) {
        Content content = turn.message().content();
        String text = textOf(content);
        Analysis analysis = text == null ? null : analyser.analyse(text);
        // "aku PRT di hong kong": a later emergency that names no country gets Hong Kong's numbers
        places.update(turn, analysis);
        DangerAssessment found =
                analysis == null
                        ? DangerAssessment.NONE
                        : danger.assess(text, analysis, setting(turn.state()));
        // "sy di penampungan" · "surabaya" · "hp sy mau diambil" (trial 19, D7): short messages
        // written with pauses are read together; outside a flow only (a flow's answers are its
        // own), and after an alarm or the danger question the emergency reads them itself.
        String alarmText = text;
        boolean fragment = content instanceof Content.Text && turn.state().active() == null;
        Optional<String> together = fragment ? fragments.withRecent(turn, text) : Optional.empty();
        if (!fragment) {
            fragments.forget(turn);
        }
        if (together.isPresent() && !found.strong()) {
            DangerAssessment joined =
                    danger.assess(
                            together.get(),
                            analyser.analyse(together.get()),
                            setting(turn.state()));
            if (joined.strong()) {
                found = joined;
                alarmText = together.get();
            }
        }
        if (found.minor()) {
            // "aku umur 16": a later alarm in this conversation involves a child (trial 18, D7).
            alarms.childHeard(turn);
        }
        if (!found.level().atLeastWeak() && !emergencyAction(turn)) {
            FloodControl.Verdict verdict = flood.check(turn.message().conversationId());
            if (verdict != FloodControl.Verdict.ALLOW) {
                return Optional.of(
                        verdict == FloodControl.Verdict.SLOW_DOWN
                                ? List.of(
                                        Reply.text(
                                                replies.t(turn.language(), "emergency.slowdown")))
                                : List.of());
            }
        }
        if (content instanceof Content.Command command) {
            Optional<List<Reply>> cancel = cancelAfterAlarm(turn, command);
            if (cancel.isPresent() || !found.strong()) {
                return cancel;
            }
        }
        ConversationState state = turn.state();
        String country = analysis == null ? null : Countries.of(analysis, state);
        boolean inEmergency = state.active() instanceof EmergencyState;
        if (inEmergency && content instanceof Content.Button button && flowButton(button)) {
            // A button of the interrupted flow (an earlier "Selesai"): the person went back to it.
            Interruptions.restore(state).ifPresent(turn::update);
            return Optional.empty();
        }
        if (inEmergency && text != null && content instanceof Content.Text) {
            return triage.handle(turn, text, analysis, found, country, routing);
        }
        if (content instanceof Content.Text && ChildrenTakenSoon.told(text, state)) {
            // Children to be taken away tomorrow: the alarm now, the report after it.
            return Optional.of(alarms.raiseForChildren(turn, text, country));
        }
        boolean fresh = state.active() == null && content instanceof Content.Text;
        if (fresh) {
            // "polisi datang tangkap dia ko?" after a report: the process, not a new alarm.
            Optional<List<Reply>> next = whatHappensNext.answer(turn, text);
            if (next.isPresent()) {
                return next;
            }
        }
        if (found.level().atLeastWeak() && fresh && GoingHome.matches(text)) {
            // Undocumented and afraid of arrest: the missions and the way home, never "call the
            // police" first.
            return Optional.of(goingHome.answer(turn, country));
        }
        if (found.weak() && fresh && IllnessAtHome.matches(text, analysis, country)) {
            // A sick child at home: the nearest emergency room now, not the trafficking hotlines.
            String lang = turn.language();
            return Optional.of(
                    List.of(replies.withMenu(replies.t(lang, "emergency.illness"), lang)));
        }
        if (found.strong() && fresh && familyNotDanger(found, text)) {
            // "No news for 3 months" is the family flow, which asks its own danger question.
            Optional<List<Reply>> family = situation(turn, analysis);
            if (family.isPresent()) {
                return family;
            }
        }
        if (found.level() == DangerLevel.WEAK && ReportFacts.only(state, content, found)) {
            // "kapal dari tenau" at the report's "Lewat mana?": the report's fact, not danger. A
            // confident signal (a plight told calmly: hiding from an agent, a guard at the door,
            // a crossing tonight without papers) interrupts the report as it does any flow.
            return Optional.empty();
        }
        if (found.level().atLeastWeak() && fresh && OfferDescribed.pasted(analysis, found)) {
            // A pasted job ad goes to the offer check (PastedOffers), never to an alarm.
            return Optional.empty();
        }
        if (found.strong() && OfferDescribed.applies(state, content, found)) {
            // The offer check reads it: its red flags are the offer's, not a danger now.
            return Optional.empty();
        }
        if (found.strong()) {
            boolean flowAddsIt =
                    inEmergency
                            && state.active().reportCode().isPresent()
                            && content instanceof Content.Media;
            return flowAddsIt
                    ? Optional.empty()
                    : Optional.of(alarms.raise(turn, alarmText, found.minor(), country));
        }
        if (found.weak() && routing.flowAnswersWorry(turn)) {
            // "sa takut dong tau sa yang lapor" in a report: the flow answers the fear itself.
            return Optional.empty();
        }
        boolean typed = !(content instanceof Content.Edited || content instanceof Content.Command);
        // "ga tau", "lewati", "ya", "batal": a flow's own answer, whatever the model makes of it.
        boolean flowWord = TypedAnswer.of(text).isPresent();
        if (found.weak()
                && content instanceof Content.Text
                && !flowWord
                && PlainQuestion.onlyTheWord(text, found, analyser, danger)) {
            Optional<List<Reply>> answered = answerPlainly(turn, analysis, routing);
            if (answered.isPresent()) {
                return answered;
            }
        }
        if (found.weak() && fresh && found.signals().contains("rule")) {
            // "paspor boleh dipegang agen gk?": a question about the rules gets its answer, not
            // "is anyone in danger now?" (it goes on as a weak signal when no topic answers it)
            Optional<List<Reply>> answered = answerPlainly(turn, analysis, routing);
            if (answered.isPresent()) {
                return answered;
            }
        }
        if (found.weak() && typed && !flowWord && inFlow.applies(turn)) {
            return Optional.of(inFlow.handle(turn, text, country, routing));
        }
        if (found.weak() && state.active() == null && !flowWord && asks(content, analysis, found)) {
            // A family whose relative abroad is out of reach gets its own flow, which asks the
            // same one-tap danger question after saying what the family can do now.
            Optional<List<Reply>> situation = situation(turn, analysis);
            return situation.isPresent()
                    ? situation
                    : Optional.of(alarms.ask(turn, text, country, false));
        }
        return Optional.empty();
    }

    /**
     * A question whose only danger words are the asking ("tolong jelaskan …", "takut kalau lapor …,
     * gmn?"): its topic, and inside a flow the flow's question again, nothing stored. Outside a
     * flow a family's situation comes first (it asks its own danger question). Empty when no topic
     * answers it: then it goes on as a weak signal.
     */
    private Optional<List<Reply>> answerPlainly(Turn turn, Analysis analysis, Routing routing) {
        boolean inFlow = turn.state().active() != null;
        if (!inFlow) {
            Optional<List<Reply>> family = situation(turn, analysis);
            if (family.isPresent()) {
                return family;
            }
        }
        Optional<List<Reply>> topic =
                answers.orderedStream()
                        .map(a -> a.besideHotlines(turn, analysis))
                        .flatMap(Optional::stream)
                        .findFirst();
        if (topic.isEmpty() || !inFlow) {
            return topic;
        }
        List<Reply> out = new java.util.ArrayList<>(topic.get());
        out.addAll(routing.flowQuestion(turn));
        return Optional.of(out);
    }

    private Optional<List<Reply>> situation(Turn turn, Analysis analysis) {
        return situations
                .orderedStream()
                .map(s -> s.respond(turn, analysis))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Kinds of danger signal that are harm now, not a relative out of reach. */
    private static final Set<String> HARM_NOW =
            Set.of(
                    "harm", "lock", "held", "hold", "move", "take", "coerce", "flee", "evict",
                    "covert", "minor");

    /** Weeks or months without news: a search, not a rescue tonight. */
    static final java.util.regex.Pattern LONG_SILENCE =
            java.util.regex.Pattern.compile(
                    "\\b(\\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa"
                            + "|two|three|four|five|six|several|many)"
                            + " ?(bulan|bln|tahun|thn|months?|years?)\\b|\\bberbulan|\\bbertahun");

    /** A boat overdue or someone lost at sea is a rescue, whatever the time. */
    private static final java.util.regex.Pattern AT_SEA =
            java.util.regex.Pattern.compile("\\b(kapal|perahu|laut|boat|ship|vessel|sea)\\b");

    /**
     * A strong signal made only of worry and absence for months ("3 bulan tidak ada kabar"), not
     * harm, not a boat.
     */
    private static boolean familyNotDanger(DangerAssessment found, String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return found.signals().stream().noneMatch(HARM_NOW::contains)
                && LONG_SILENCE.matcher(lower).find()
                && !AT_SEA.matcher(lower).find();
    }

    /**
     * A weak signal asks unless the message is clearly something else the bot can answer: a
     * question, an offer, a broker report, or an experience told as the past.
     */
    private static boolean asks(Content content, Analysis analysis, DangerAssessment found) {
        if (content instanceof Content.Edited || content instanceof Content.Command) {
            return false;
        }
        boolean sure = analysis.confidence() >= ROUTED_CONFIDENCE;
        boolean toldAsPast =
                analysis.intent() == Intent.EXPERIENCE_SHARE
                        && (found.signals().contains("past") || found.signals().contains("safe"));
        // "gaji 8 bulan yang tidak dibayar itu masih bisa sa tuntut ko?": a question, answered.
        boolean clearQuestion =
                analysis.intent() == Intent.PROCEDURE_QUESTION
                        && Wording.question(analysis.text(), analysis);
        return !(clearQuestion
                || sure && (ROUTED_DESPITE_WEAK.contains(analysis.intent()) || toldAsPast));
    }

    /**
     * What flood control never slows down: the way into an emergency (the command, the menu's
     * button, "Yes, now", a shared location) and whatever is sent while one is open.
     */
    static boolean emergencyAction(Turn turn) {
        Content content = turn.message().content();
        if (turn.state().active() instanceof EmergencyState
                || content instanceof Content.Location) {
            return true;
        }
        if (content instanceof Content.Command c) {
            return EMERGENCY_COMMANDS.contains(c.name());
        }
        return content instanceof Content.Button b
                && (b.data().startsWith(AlarmButtons.PREFIX)
                        || b.data().equals(Menus.EMERGENCY)
                        || b.data().equals("f:danger:yes"));
    }

    private static boolean flowButton(Content.Button button) {
        String data = button.data();
        return !data.startsWith(AlarmButtons.PREFIX)
                && !data.startsWith("e:")
                && !data.startsWith("m:");
    }

    /** {@code /batal} after an alarm must not say that nothing was sent. */
    private Optional<List<Reply>> cancelAfterAlarm(Turn turn, Content.Command command) {
        ConversationState state = turn.state();
        String code = state.active(EmergencyState.class).map(EmergencyState::code).orElse("");
        boolean cancel = "batal".equals(command.name()) || "cancel".equals(command.name());
        if (!cancel || code.isEmpty()) {
            return Optional.empty();
        }
        String lang = turn.language();
        turn.update(state.withoutFlow());
        return Optional.of(
                List.of(
                        Reply.withButtons(
                                replies.t(lang, "emergency.cancel.sent", code),
                                List.of(
                                        replies.withdrawRow(lang, code),
                                        List.of(
                                                new Reply.Button(
                                                        replies.t(lang, "menu.back"),
                                                        "m:menu"))))));
    }

    /** The text a message carries, cut to {@link #MAX_TEXT}; null when it carries none. */
    static String textOf(Content content) {
        String text = null;
        if (content instanceof Content.Text t) {
            text = t.text();
        } else if (content instanceof Content.Media m) {
            text = m.caption();
        } else if (content instanceof Content.Edited e) {
            text = e.text();
        } else if (content instanceof Content.Command c) {
            text = c.argument();
        }
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    private static DangerCheck.Setting setting(ConversationState state) {
        // Also at "where?" and "how did you leave?" once she chose to tell: a story typed there
        // is kept as her story (trial 15, D18), read as one
        boolean telling =
                state.active(StoryState.class)
                        .map(
                                s ->
                                        s.step().takesText()
                                                || !s.nonce().isEmpty()
                                                        && (s.step() == StoryStep.COUNTRY
                                                                || s.step() == StoryStep.ROUTE))
                        .orElse(false);
        return telling ? DangerCheck.Setting.STORY : DangerCheck.Setting.FREE;
    }
}
