package id.migrasiaman.conversation;

import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.conversation.flows.EmergencyStep;
import id.migrasiaman.conversation.flows.FlowState;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.TextAnalyser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Decides who answers a turn: the safety check first, then a command, a button, the active flow, or
 * the intent of the text.
 */
@Component
class MessageRouter {

    private static final int WORDS_TO_READ_LANGUAGE = 4;

    private final Map<String, CommandAction> commands = new HashMap<>();
    private final ButtonRegistry buttons;
    private final Map<String, Flow> flows = new HashMap<>();
    private final Map<Intent, IntentResponder> responders = new HashMap<>();
    private final List<MessageInterceptor> interceptors;
    private final List<SafetyCheck> safety;
    private final TextAnalyser analyser;
    private final Menus menus;
    private final List<SituationResponder> situations;
    private final List<MediaResponder> media;
    private final EditedMessages edits;
    private final List<AnswerFirst> answerFirst;
    private final List<TextHeard> heard;
    private final StoryOffer storyOffer;
    private final Texts texts;
    private final List<FlowLapse> lapses;

    MessageRouter(
            List<CommandAction> commandActions,
            List<ButtonAction> buttons,
            List<Flow> flows,
            List<IntentResponder> responders,
            List<MessageInterceptor> interceptors,
            List<SafetyCheck> safety,
            TextAnalyser analyser,
            Menus menus,
            List<SituationResponder> situations,
            List<MediaResponder> media,
            EditedMessages edits,
            List<AnswerFirst> answerFirst,
            List<TextHeard> heard,
            StoryOffer storyOffer,
            Texts texts,
            List<FlowLapse> lapses) {
        commandActions.forEach(a -> a.commands().forEach(c -> this.commands.put(c, a)));
        this.buttons = new ButtonRegistry(buttons);
        flows.forEach(f -> this.flows.put(f.name(), f));
        responders.forEach(r -> this.responders.put(r.intent(), r));
        this.interceptors = List.copyOf(interceptors);
        this.safety = List.copyOf(safety);
        this.analyser = analyser;
        this.menus = menus;
        this.situations = List.copyOf(situations);
        this.media = List.copyOf(media);
        this.edits = edits;
        this.answerFirst = List.copyOf(answerFirst);
        this.heard = List.copyOf(heard);
        this.storyOffer = storyOffer;
        this.texts = texts;
        this.lapses = List.copyOf(lapses);
    }

    List<Reply> route(Turn turn) {
        List<Reply> lapsed = new ArrayList<>();
        lapses.forEach(l -> l.lapsed(turn).ifPresent(lapsed::add));
        return joined(lapsed, routed(turn));
    }

    private List<Reply> routed(Turn turn) {
        languageOfText(turn);
        hear(turn);
        SafetyCheck.Routing routing =
                new SafetyCheck.Routing() {
                    @Override
                    public List<Reply> byIntent(Turn t, String text) {
                        return onText(t, text);
                    }

                    @Override
                    public List<Reply> asUsual(Turn t) {
                        return afterSafety(t);
                    }

                    @Override
                    public List<Reply> flowQuestion(Turn t) {
                        return askedAgain(t);
                    }

                    @Override
                    public boolean flowAnswersWorry(Turn t) {
                        Flow active = activeFlow(t);
                        return active != null && active.answersWorry(t);
                    }
                };
        boolean noFlowBefore = turn.state().active() == null;
        for (SafetyCheck check : safety) {
            Optional<List<Reply>> first = check.screen(turn, routing);
            if (first.isPresent()) {
                return noFlowBefore ? withAnswerIfAsked(turn, first.get()) : first.get();
            }
        }
        return afterSafety(turn);
    }

    /** Every typed text is heard first, whoever answers it (see {@link TextHeard}). */
    private void hear(Turn turn) {
        if (heard.isEmpty()
                || turn.message().edited()
                || !(turn.message().content() instanceof Content.Text typed)
                || typed.text().isBlank()) {
            return;
        }
        Analysis analysis = analyser.analyse(typed.text());
        heard.forEach(h -> h.heard(turn, analysis));
    }

    /**
     * Unless the person chose a language ({@code /bahasa}), a typed message of {@value
     * #WORDS_TO_READ_LANGUAGE} words or more is answered in its own language: English when the
     * language model reads English, Indonesian otherwise (Kupang Malay too). So a villager whose
     * phone is set to English, or a volunteer whose phone is not, is answered in the language they
     * write, hotlines included; one Indonesian word English never uses keeps it Indonesian, so an
     * English loanword ("medical check up", "visa", "online") does not switch it. Shorter texts
     * ("hi", "ok") keep the language so far, unless half their words are Indonesian ("biaya MCU
     * berapa", "makasih kak").
     */
    private void languageOfText(Turn turn) {
        if (turn.state().languageSet()
                || !(turn.message().content() instanceof Content.Text typed)) {
            return;
        }
        // Place names ("Kabupaten Kupang") are no sign of the language (trial 15, D23).
        // Nor are numbers, names, abbreviations or emoji: a language changes on words (trial 18,
        // D10; "help deadline besok 😭😭" is three words, short: trial 19, D24).
        String words = Languages.withoutNonWords(Languages.withoutPlaceNames(typed.text()));
        if (Languages.languageWords(words) < WORDS_TO_READ_LANGUAGE) {
            // Short: the language so far, unless it is plainly Indonesian ("tolong", "makasih").
            if (Languages.mostlyIndonesian(words)) {
                turn.update(turn.state().writtenIn(Languages.INDONESIAN));
            }
            return;
        }
        String written =
                Languages.ENGLISH.equals(analyser.analyse(words).language())
                                && !Languages.hasIndonesianWords(words)
                        ? Languages.ENGLISH
                        : Languages.INDONESIAN;
        turn.update(turn.state().writtenIn(written));
    }

    /**
     * A typed question with a weak danger signal got the hotlines and the one-tap "is anyone in
     * danger now?": its topic's answer goes between them, so "kalau ada masalah di Sabah, minta
     * tolong ke mana?" is answered as well. Never after an alarm, never instead of the hotlines,
     * and the danger question stays last, with its buttons.
     */
    private List<Reply> withAnswerIfAsked(Turn turn, List<Reply> safetyFirst) {
        boolean asked =
                turn.state().active() instanceof EmergencyState e
                        && e.step() == EmergencyStep.ASK
                        && e.reportCode().isEmpty();
        if (!asked
                || safetyFirst.size() < 2
                || !(turn.message().content() instanceof Content.Text typed)) {
            return safetyFirst;
        }
        Analysis analysis = analyser.analyse(typed.text());
        for (AnswerFirst first : answerFirst) {
            Optional<List<Reply>> answer = first.besideHotlines(turn, analysis);
            if (answer.isPresent()) {
                List<Reply> out = new ArrayList<>(safetyFirst.subList(0, safetyFirst.size() - 1));
                out.addAll(answer.get());
                out.add(safetyFirst.get(safetyFirst.size() - 1));
                return out;
            }
        }
        return safetyFirst;
    }

    /** Everything after the safety check: commands, buttons, interceptors, the flow, intents. */
    private List<Reply> afterSafety(Turn turn) {
        Content content = turn.message().content();
        if (content instanceof Content.Edited) {
            // The safety check above already read it; otherwise an edit is not handled again.
            return edits.handle(turn).orElse(List.of());
        }
        if (content instanceof Content.Command command) {
            Flow active = activeFlow(turn);
            Optional<List<Reply>> held =
                    active == null ? Optional.empty() : active.heldBy(turn, command);
            if (held.isPresent()) {
                return held.get();
            }
            List<Reply> note = leftFor(turn, content);
            return joined(note, onCommand(turn, command));
        }
        if (content instanceof Content.Button button) {
            List<Reply> note = leftFor(turn, content);
            return joined(
                    note,
                    buttons.parse(button.data())
                            .map(pressed -> pressed.press(turn))
                            .orElseGet(() -> rejected(turn)));
        }
        if (turn.message().edited()) {
            // The danger check belongs before this: an edit is not handled again unless it now
            // carries danger (then EditedMessages hands it on like a new message).
            return edits.handle(turn).orElseGet(() -> onText(turn, EditedMessages.textOf(content)));
        }
        for (MessageInterceptor interceptor : interceptors) {
            Optional<List<Reply>> taken = interceptor.intercept(turn);
            if (taken.isPresent()) {
                return taken.get();
            }
        }
        Flow active = activeFlow(turn);
        if (active != null && content instanceof Content.Text aside && active.asksAside(turn)) {
            return answeredAside(turn, active, aside.text());
        }
        if (active != null) {
            List<Reply> replies = active.next(turn);
            if (!replies.isEmpty()) {
                return replies;
            }
            // The flow is finished with this kind of message: route it as if no flow were active.
            turn.update(turn.state().withoutFlow());
        }
        if (content instanceof Content.Text text && !text.text().isBlank()) {
            return onText(turn, text.text());
        }
        if (content instanceof Content.Media file && !media.isEmpty()) {
            return onMedia(turn, file);
        }
        return List.of(menus.unsupported(turn.language()));
    }

    /** Ends the active flow when {@code content} ends it, with what the flow says on leaving. */
    private List<Reply> leftFor(Turn turn, Content content) {
        Flow active = activeFlow(turn);
        if (active == null || !active.endsOn(content)) {
            return List.of();
        }
        List<Reply> note = active.left(turn);
        turn.update(turn.state().withoutFlow());
        return note;
    }

    private static List<Reply> joined(List<Reply> first, List<Reply> then) {
        if (first.isEmpty()) {
            return then;
        }
        List<Reply> out = new ArrayList<>(first);
        out.addAll(then);
        return out;
    }

    /**
     * A question beside the flow: answered as if no flow were active, then the flow's step asked
     * again. If the answer started another flow (a report, an emergency), that one goes on.
     */
    private List<Reply> answeredAside(Turn turn, Flow active, String text) {
        FlowState kept = turn.state().active();
        List<Reply> out = new ArrayList<>(onText(turn, text));
        FlowState now = turn.state().active();
        if (now == null || now.getClass() == kept.getClass()) {
            turn.update(turn.state().detour(kept));
            out.addAll(active.resume(turn));
        }
        return out;
    }

    /**
     * Button data no registered kind offers (forged, stale or malformed): nothing is stored, and
     * the user is asked again what the active flow waits for, or shown the menu.
     */
    private List<Reply> rejected(Turn turn) {
        List<Reply> again = askedAgain(turn);
        return again.isEmpty() ? List.of(menus.main(turn.language())) : again;
    }

    /** The active flow's question again, the state as it was; empty when no flow is active. */
    private List<Reply> askedAgain(Turn turn) {
        Flow active = activeFlow(turn);
        ConversationState before = turn.state();
        List<Reply> again = active == null ? List.of() : active.resume(turn);
        turn.update(before);
        return again;
    }

    private Flow activeFlow(Turn turn) {
        String name = turn.state().flowName();
        return name == null ? null : flows.get(name);
    }

    /** A caption is read like a text; the file itself gets a choice of what it is for. */
    private List<Reply> onMedia(Turn turn, Content.Media file) {
        String caption = file.caption() == null ? "" : file.caption().strip();
        List<Reply> answered = caption.isEmpty() ? List.of() : onText(turn, caption);
        return media.get(0).respond(turn, file, answered);
    }

    private List<Reply> onCommand(Turn turn, Content.Command command) {
        CommandAction payload = commands.get(command.argument());
        if ("start".equals(command.name())
                && payload != null
                && !"start".equals(command.argument())) {
            // A deep link t.me/<bot>?start=lapor (e.g. from a group) starts that flow here.
            return payload.run(turn, new Content.Command(command.argument(), ""));
        }
        CommandAction action = commands.get(command.name());
        if (action == null) {
            return List.of(menus.unknownCommand(turn.language()));
        }
        return action.run(turn, command);
    }

    private List<Reply> onText(Turn turn, String text) {
        Optional<String> afterThanks = Courtesy.questionAfter(text);
        if (afterThanks.isPresent()) {
            // "makasih kak. syaratnya apa?": the question is answered, the thanks is a courtesy.
            text = afterThanks.get();
        }
        List<String> asked = SeveralQuestions.in(text);
        if (asked.size() >= 2) {
            return severalQuestions(turn, text, asked);
        }
        return answered(turn, text);
    }

    private List<Reply> answered(Turn turn, String text) {
        Analysis analysis = analyser.analyse(text);
        for (SituationResponder situation : situations) {
            Optional<List<Reply>> taken = situation.respond(turn, analysis);
            if (taken.isPresent()) {
                return taken.get();
            }
        }
        for (AnswerFirst first : answerFirst) {
            Optional<List<Reply>> answered = first.answer(turn, analysis);
            if (answered.isPresent()) {
                return answered.get();
            }
        }
        // Only a story told of the past is offered to be kept as one (trial 13, D7, D14, D45).
        Intent intent = storyOffer.reading(turn, analysis);
        if (intent == Intent.GREETING && analysis.intent() != Intent.GREETING) {
            return storyOffer.introduced(turn.language());
        }
        IntentResponder responder = responders.get(intent);
        if (responder == null) {
            return List.of(menus.main(turn.language()));
        }
        return responder.respond(turn, analysis);
    }

    /**
     * A message of several questions (the danger check has read all of it): the first is answered
     * as if sent alone (or the whole message, when the first alone is out of scope), and the others
     * are named so that none is dropped without a word (trial 13, D43).
     */
    private List<Reply> severalQuestions(Turn turn, String text, List<String> asked) {
        // Alone, a short first question may lose what the message is about ("paspor berapa
        // harganya?" could be for a pilgrimage): then the whole message is answered, as before.
        Analysis first = analyser.analyse(asked.get(0));
        boolean alone = first.intent() != Intent.OUT_OF_SCOPE && first.aboutWorkAbroad();
        List<Reply> out = new ArrayList<>(answered(turn, alone ? asked.get(0) : text));
        StringBuilder others = new StringBuilder();
        for (String question : asked.subList(1, asked.size())) {
            others.append("\n• ").append(Html.escape(SeveralQuestions.shown(question)));
        }
        out.add(Reply.text(texts.get(turn.language(), "questions.others", others.toString())));
        return out;
    }
}
