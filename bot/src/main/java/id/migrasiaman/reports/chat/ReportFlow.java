package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Flow;
import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Plea;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.TypedAnswer;
import id.migrasiaman.conversation.TypedButtonAction;
import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.conversation.flows.Recall;
import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.conversation.flows.ReportStep;
import id.migrasiaman.nlp.TextAnalyser;
import id.migrasiaman.reports.evidence.EvidenceIntake;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The guided broker report: what, who, where, when, destination and route, how many people and
 * minors, evidence, contact consent, then a summary to send, change or cancel. Its state lives in
 * the conversation state, so an unfinished report resumes after a restart.
 */
@Component
class ReportFlow implements Flow, TypedButtonAction<ReportPress> {

    static final String NAME = ReportState.NAME;

    /**
     * Commands that do not leave the draft: cancelling and the menu ask themselves, help, the
     * language, the emergency (which keeps the draft to come back to) and reading one's reports.
     */
    private static final Set<String> KEEPS_DRAFT =
            Set.of(
                    "batal",
                    "cancel",
                    "start",
                    "menu",
                    "help",
                    "bantuan",
                    "bahasa",
                    "language",
                    "darurat",
                    "emergency",
                    "sos",
                    "laporan",
                    "reports",
                    "status");

    private static final Set<String> REPORT_COMMANDS = Set.of("lapor", "report");

    /** The fewest words of a message kept as a fact of the story. */
    private static final int FACT_WORDS = 3;

    private final ReportPrompts prompts;
    private final ReportSummary summary;
    private final ReportSubmission submission;
    private final EvidenceIntake evidence;
    private final Menus menus;
    private final TextAnalyser analyser;
    private final ToldBefore toldBefore;

    ReportFlow(
            ReportPrompts prompts,
            ReportSummary summary,
            ReportSubmission submission,
            EvidenceIntake evidence,
            Menus menus,
            TextAnalyser analyser,
            ToldBefore toldBefore) {
        this.prompts = prompts;
        this.summary = summary;
        this.submission = submission;
        this.evidence = evidence;
        this.menus = menus;
        this.analyser = analyser;
        this.toldBefore = toldBefore;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String prefix() {
        return ReportPrompts.PREFIX;
    }

    /**
     * Starts a report, pre-filled with what is already known, at {@code first}. A child under 18
     * told earlier in the conversation ("sy umur 17 thn") is known to the report too: its under-18
     * question shows it, changeable (trial 17, D5).
     */
    List<Reply> begin(Turn turn, ReportData prefill, ReportStep first) {
        if (prefill.nonce.isBlank()) {
            prefill.nonce = ReportData.newNonce();
        }
        if (unanswered(prefill.minors) && toldBefore.minor(turn)) {
            prefill.minors = "yes";
        }
        turn.update(turn.state().withFlow(prefill.at(first)));
        if (first == ReportStep.CONFIRM) {
            return List.of(prompts.ask(first, turn.language()));
        }
        String intro = prompts.t(turn.language(), "report.intro");
        if (first == ReportStep.WHAT && !prefill.who.isBlank()) {
            // "namanya pak Benyamin dari Baun", told before "Ya, laporkan": not lost (D31).
            intro +=
                    "\n\n"
                            + prompts.t(
                                    turn.language(), "report.who.noted", Html.escape(prefill.who));
        }
        return List.of(Reply.text(intro), reprompt(turn, first, prefill));
    }

    @Override
    public List<Reply> next(Turn turn) {
        ReportState state = turn.state().active(ReportState.class).orElseThrow();
        ReportStep step = state.step();
        ReportData data = new ReportData(state);
        Content content = turn.message().content();
        if (content instanceof Content.Media media) {
            Reply reply = evidence.accept(turn, media, data);
            if (!data.at(step).equals(state)) {
                turn.update(turn.state().withFlow(data.at(step)));
            }
            return List.of(reply);
        }
        if (content instanceof Content.Location location && step.takesLocation()) {
            data.lat = location.latitude();
            data.lon = location.longitude();
            return advance(turn, data, ReportStep.VILLAGE);
        }
        if (content instanceof Content.Text text && !text.text().isBlank()) {
            return turn.beganIn(EmergencyState.class)
                    ? afterInterjection(turn, data, step, text.text())
                    : typed(turn, data, step, text.text());
        }
        return List.of(
                Reply.text(prompts.t(turn.language(), "report.unanswerable")),
                reprompt(turn, step, data));
    }

    /**
     * A typed message: a word that stands for a button ("lewati", "kembali", "batal", "ya"), an
     * answer to a step that takes text, or, at a step that waits for a button, text that is kept in
     * "what happened" (a phone number typed at the consent step is not thrown away). A question
     * typed at "Mau buat laporan?" is handed back to be answered, not taken as a yes.
     */
    private List<Reply> typed(Turn turn, ReportData data, ReportStep step, String text) {
        Optional<TypedAnswer> word = TypedAnswer.of(text);
        if (step == ReportStep.CONFIRM) {
            return word.isEmpty() && worry(step, text)
                    ? worryAnswered(turn, data, step, text)
                    : confirm(turn, data, text, word);
        }
        if (word.isEmpty() && childAsksToGo(turn, data, step, text)) {
            return childAnswered(turn, data, step, text);
        }
        if (word.isEmpty() && evidenceWorry(step, text)) {
            // "ada screenshot chat tp sy takut kirim" at "under 18?": no count of people (D5).
            return List.of(
                    Reply.text(prompts.t(turn.language(), "report.fear.evidence.later")),
                    reprompt(turn, step, data));
        }
        if (word.isPresent()) {
            switch (word.get()) {
                case CANCEL:
                    return cancel(turn);
                case BACK:
                    return back(turn, data, step);
                case SKIP:
                    return advance(turn, data, step);
                case YES, NO:
                    if (step == ReportStep.MINORS) {
                        data.minors = word.get() == TypedAnswer.YES ? "yes" : "no";
                        return advance(turn, data, step);
                    }
                    if (step == ReportStep.CONTACT) {
                        return contact(turn, data, word.get() == TypedAnswer.YES);
                    }
                    if (step == ReportStep.SUMMARY && word.get() == TypedAnswer.YES) {
                        return sendIfSaid(turn, data, text);
                    }
                    if (step == ReportStep.EVIDENCE && word.get() == TypedAnswer.NO) {
                        return advance(turn, data, step);
                    }
                    break;
                case SEND:
                    // "kirim" before the summary is no answer to store: the summary sends.
                    return step == ReportStep.SUMMARY
                            ? send(turn, data)
                            : List.of(
                                    Reply.text(prompts.t(turn.language(), "report.choose")),
                                    reprompt(turn, step, data));
            }
        }
        if (ReportWithdrawal.asked(text)) {
            // "sonde jadi lapor" before sending: the draft is dropped only on a second tap.
            return List.of(
                    Reply.withButtons(
                            prompts.t(turn.language(), "report.drop.ask"),
                            List.of(
                                    List.of(
                                            new Reply.Button(
                                                    prompts.t(turn.language(), "report.drop.yes"),
                                                    ReportState.DROP_BUTTON)),
                                    List.of(
                                            new Reply.Button(
                                                    prompts.t(
                                                            turn.language(),
                                                            "start.unfinished.resume"),
                                                    ReportState.RESUME_BUTTON)))));
        }
        if (Corrections.asked(text)) {
            // "salah tulis nama, bisa ganti?": not an answer to this step; say how to change.
            return List.of(
                    Reply.text(
                            prompts.t(
                                    turn.language(),
                                    data.editing ? "report.correction.now" : "report.correction")),
                    reprompt(turn, step, data));
        }
        if (Plea.alone(text)) {
            // "tolong dong kak" at "who is it?": a plea, never the recruiter's name or a place;
            // the way to help now, then the question again (the safety layer read it first).
            return List.of(
                    Reply.text(prompts.t(turn.language(), "report.plea")),
                    reprompt(turn, step, data));
        }
        if (TypedAtStep.strayNumber(step, text) || TypedAtStep.insult(text)) {
            // "8" left from another menu, "kamu bodoh bot": never filed as the answer (D24).
            return List.of(
                    Reply.text(prompts.t(turn.language(), "report.choose.button")),
                    reprompt(turn, step, data));
        }
        if (worry(step, text)) {
            // before the channels: "kalo beta lapor, om itu tau ko sapa yang lapor?" asks about
            // her name, not where to report (trial 17, D8)
            return worryAnswered(turn, data, step, text);
        }
        if (step != ReportStep.WHAT && ReportAside.asksForChannel(text)) {
            // "ke mana yang paling cepat?": the channels now, never stored as this step's answer.
            return List.of(
                    Reply.text(prompts.t(turn.language(), "report.fastest")),
                    reprompt(turn, step, data));
        }
        if (!data.editing && FactElsewhere.at(step, text, analyser.analyse(text).entities())) {
            // Typed before this step's question was read (a burst): kept, and the step stays open.
            return keptAside(turn, data, step, text);
        }
        if (step == ReportStep.WHERE && !data.editing) {
            return otherPlace(turn, data, text);
        }
        if (step.takesText()) {
            if (data.editing) {
                data.replace(step, text);
            } else {
                data.answer(step, text);
            }
            remember(data, text);
            return advance(turn, data, step);
        }
        if (word.isEmpty()) {
            return keptAside(turn, data, step, text);
        }
        return List.of(
                Reply.text(prompts.t(turn.language(), "report.choose")),
                reprompt(turn, step, data));
    }

    /**
     * {@code text} kept in "what happened" (its numbers and places read), {@code step} asked again.
     */
    private List<Reply> keptAside(Turn turn, ReportData data, ReportStep step, String text) {
        data.appendWhat(text);
        remember(data, text);
        turn.update(turn.state().withFlow(data.at(step)));
        return List.of(
                Reply.text(prompts.t(turn.language(), "report.kept")), reprompt(turn, step, data));
    }

    /**
     * A place typed at "which kecamatan?", whose buttons are the 24 kecamatan: a kecamatan named in
     * it is taken as if pressed; anything else is kept on purpose as another place ("Lainnya: …"),
     * and the person is told so.
     */
    private List<Reply> otherPlace(Turn turn, ReportData data, String text) {
        remember(data, text);
        String other = prompts.t(turn.language(), "report.where.other.label") + text.strip();
        data.answer(ReportStep.WHERE, other);
        ReportStep next = ReportStep.WHERE.next(false);
        turn.update(turn.state().withFlow(data.at(next)));
        return List.of(
                Reply.text(prompts.t(turn.language(), "report.where.other", Html.escape(text))),
                reprompt(turn, next, data));
    }

    /**
     * A command that would leave an unsent report (/jalur, /topik, /keluarga …): warned first, with
     * buttons to go on with it or drop it, instead of leaving it to be lost or answered by the next
     * message of another feature (trial 12, D24). /lapor goes on with it.
     */
    @Override
    public Optional<List<Reply>> heldBy(Turn turn, Content.Command command) {
        Optional<ReportState> draft = ReportState.heldIn(turn.state().active());
        if (draft.isEmpty() || !draft.get().answered() || KEEPS_DRAFT.contains(command.name())) {
            return Optional.empty();
        }
        String lang = turn.language();
        if (REPORT_COMMANDS.contains(command.name())) {
            if (turn.state().active(ReportState.class).isEmpty()) {
                turn.update(turn.state().detour(draft.get()));
            }
            return Optional.of(
                    List.of(
                            Reply.text(prompts.t(lang, "report.unsent.resumed")),
                            reprompt(turn, draft.get().step(), new ReportData(draft.get()))));
        }
        return Optional.of(
                List.of(
                        Reply.withButtons(
                                prompts.t(lang, "report.unsent", "/" + command.name()),
                                List.of(
                                        List.of(
                                                new Reply.Button(
                                                        prompts.t(lang, "start.unfinished.resume"),
                                                        ReportState.RESUME_BUTTON)),
                                        List.of(
                                                new Reply.Button(
                                                        prompts.t(lang, "report.drop.yes"),
                                                        ReportState.DROP_BUTTON))))));
    }

    private List<Reply> confirm(
            Turn turn, ReportData data, String text, Optional<TypedAnswer> word) {
        if (word.isPresent()) {
            return switch (word.get()) {
                case YES, SKIP, SEND -> started(turn, data);
                case NO, CANCEL -> cancel(turn);
                case BACK -> List.of();
            };
        }
        if (ReportThisPerson.wish(text)) {
            // "saya mau laporkan orang ini" at "Mau buat laporan?" says yes in words (trial 19,
            // D18).
            return started(turn, data);
        }
        if (Questions.isQuestion(text)) {
            return List.of();
        }
        // More of the story is kept, but typing is no consent: the report starts only on "Ya,
        // laporkan" (trial 18, D8: a 16-year-old's next message started it).
        return keptUnstarted(turn, data, text, List.of());
    }

    /**
     * {@code text} kept for the report's "what happened", the report not started: the offer is
     * asked again, after {@code before}.
     */
    private List<Reply> keptUnstarted(Turn turn, ReportData data, String text, List<Reply> before) {
        data.appendWhat(text);
        remember(data, text);
        turn.update(turn.state().withFlow(data.at(ReportStep.CONFIRM)));
        List<Reply> out = new ArrayList<>(before);
        out.add(Reply.text(prompts.t(turn.language(), "report.offer.kept")));
        out.add(prompts.ask(ReportStep.CONFIRM, turn.language()));
        return out;
    }

    /**
     * "Ya, laporkan": the report starts; what was told before it is "what happened" already, so the
     * first question is "who?" and the person is told where her words went.
     */
    List<Reply> started(Turn turn, ReportData data) {
        if (data.what.isBlank()) {
            return begin(turn, data, ReportStep.WHAT);
        }
        return withNote(begin(turn, data, ReportStep.WHO), "report.started.kept", turn);
    }

    /** {@code note} joined to the first of {@code replies} (the report's introduction). */
    private List<Reply> withNote(List<Reply> replies, String note, Turn turn) {
        List<Reply> out = new ArrayList<>(replies);
        Reply first = out.get(0);
        String html = first.html() + "\n\n" + prompts.t(turn.language(), note);
        out.set(0, new Reply(html, first.keyboard(), first.requestLocation()));
        return out;
    }

    /**
     * Whether {@code text} at {@code step} is the reporter's own fear: of being known as the one
     * who reported, at any step ("sa pung nama nanti polisi tau ko?"); a fear told first at a step
     * other than the story; any worry at a step that waits for a button.
     */
    private static boolean worry(ReportStep step, String text) {
        if (ReporterFear.aboutBeingKnown(text)) {
            return true;
        }
        boolean story = step == ReportStep.WHAT || step == ReportStep.CONFIRM;
        return !story
                && (ReporterFear.told(text) || !step.takesText() && ReporterFear.mentioned(text));
    }

    /**
     * The reporter's fear answered (what is shared with whom, that she may stay anonymous), never
     * filed as an answer about the recruiter or the recruits (it once became the "number of
     * people", then the recruiter's identity: trial 16, D7); the step is asked again. At "Mau buat
     * laporan?" and "what happened?" what else the message tells is kept as the story. At the
     * evidence step the worry is about sending the proof: who sees it (trial 12, D8).
     */
    private List<Reply> worryAnswered(Turn turn, ReportData data, ReportStep step, String text) {
        String lang = turn.language();
        boolean proof = step == ReportStep.EVIDENCE && !ReporterFear.aboutBeingKnown(text);
        if (proof) {
            return List.of(
                    Reply.text(prompts.t(lang, "report.fear.evidence")),
                    reprompt(turn, step, data));
        }
        String rest = ReporterFear.withoutFear(text);
        boolean story = step == ReportStep.WHAT || step == ReportStep.CONFIRM;
        if (!story || !tellsSomething(rest)) {
            String out = prompts.t(lang, "report.fear.out");
            if (ReporterFear.byFamily(text)) {
                // "nanti mama aku tau ga?": what the bot itself promises about the family.
                out = prompts.t(lang, "report.fear.family") + "\n" + out;
            }
            return List.of(
                    Reply.text(prompts.t(lang, "report.fear", out)), reprompt(turn, step, data));
        }
        Reply fear =
                Reply.text(prompts.t(lang, "report.fear", prompts.t(lang, "report.fear.rest")));
        if (step == ReportStep.CONFIRM) {
            return keptUnstarted(turn, data, rest, List.of(fear));
        }
        List<Reply> out = new ArrayList<>(List.of(fear));
        remember(data, rest);
        data.answer(ReportStep.WHAT, rest);
        out.addAll(advance(turn, data, ReportStep.WHAT));
        return out;
    }

    /**
     * Whether {@code text}, after the story, is a child's question whether to go ("jadi sy besok
     * jgn pergi ya kak?") in a report that involves a child (told in it or earlier).
     */
    private boolean childAsksToGo(Turn turn, ReportData data, ReportStep step, String text) {
        // At "what happened?" the story may well hold such words: it is the story there.
        return step != ReportStep.WHAT
                && step != ReportStep.CONFIRM
                && ChildAsksToGo.asked(text)
                && ("yes".equals(data.minors) || toldBefore.minor(turn));
    }

    /**
     * The child's question answered in plain words (do not go, tell a parent today, 110, SAPA 129;
     * whether the phone can be tracked is not known to us: ask), never filed into the report; the
     * step is asked again (trial 17, D5).
     */
    private List<Reply> childAnswered(Turn turn, ReportData data, ReportStep step, String text) {
        String lang = turn.language();
        String answer = prompts.t(lang, "report.child.stay");
        if (ChildAsksToGo.aboutTracking(text)) {
            answer += "\n" + prompts.t(lang, "report.child.tracked");
        }
        return List.of(
                Reply.text(answer + "\n" + prompts.t(lang, "report.child.aside")),
                reprompt(turn, step, data));
    }

    /**
     * Evidence and a fear of sending it told at a step before the evidence ("ada screenshot tp sy
     * takut kirim" at "under 18?"): no answer to that step.
     */
    private static boolean evidenceWorry(ReportStep step, String text) {
        return step.ordinal() > ReportStep.WHO.ordinal()
                && step.ordinal() < ReportStep.EVIDENCE.ordinal()
                && ReportAside.mentionsEvidence(text)
                && ReporterFear.mentioned(text);
    }

    /** Whether what is left of a message still tells a fact (a few words, not "sy mau lapor"). */
    private static boolean tellsSomething(String rest) {
        return Questions.words(rest) >= FACT_WORDS && !OnlyWantsToReport.said(rest);
    }

    /**
     * A text typed under the danger question an interjection asked, handed back to the report: the
     * step's own question was not the last one shown (trial 16, D8: "[4]" became the kecamatan
     * though "which kecamatan?" was never on the screen), so it is no answer to it. "batal" works
     * as usual, a fear is answered, facts are kept in "what happened", and the question is shown.
     */
    private List<Reply> afterInterjection(
            Turn turn, ReportData data, ReportStep step, String text) {
        Optional<TypedAnswer> word = TypedAnswer.of(text);
        if (word.isPresent() && word.get() == TypedAnswer.CANCEL) {
            return cancel(turn);
        }
        if (step == ReportStep.CONFIRM || word.isEmpty() && worry(step, text)) {
            return typed(turn, data, step, text);
        }
        String lang = turn.language();
        if (word.isPresent()
                || TypedAtStep.strayNumber(step, text)
                || TypedAtStep.insult(text)
                || Questions.words(text) < FACT_WORDS) {
            return List.of(
                    Reply.text(prompts.t(lang, "report.unseen")), reprompt(turn, step, data));
        }
        return keptAside(turn, data, step, text);
    }

    private List<Reply> back(Turn turn, ReportData data, ReportStep step) {
        ReportStep previous = step.previous();
        data.editing = false;
        turn.update(turn.state().withFlow(data.at(previous)));
        return List.of(reprompt(turn, previous, data));
    }

    /**
     * A question beside a step that takes text ("ada biaya kalau lapor?" at "who?"): answered as
     * usual, and the step asked again; nothing of it is stored. At "what happened", where the story
     * may well hold a question, only a message that is plainly a set of questions and tells no fact
     * ({@link ReportAside#questionsOnly}); never for a report or a phone number.
     */
    @Override
    public boolean asksAside(Turn turn) {
        Optional<ReportState> state = turn.state().active(ReportState.class);
        if (state.isEmpty() || !(turn.message().content() instanceof Content.Text typed)) {
            return false;
        }
        ReportStep step = state.get().step();
        String text = typed.text();
        if (worry(step, text) || childAsksToGo(turn, new ReportData(state.get()), step, text)) {
            // "sa pung nama nanti polisi tau ko?": the report answers it ({@link #answersWorry});
            // a child's "jgn pergi ya?" too, when the report knows of a child ({@link #typed}).
            return false;
        }
        if (!step.takesText() && step != ReportStep.CONFIRM) {
            // At the evidence, consent or summary, which wait for a button, a question that tells
            // no fact is answered beside the report, not filed into "what happened" (trial 17, D5).
            var analysis = analyser.analyse(text);
            return TypedAnswer.of(text).isEmpty()
                    && (ReportAside.questionsOnly(text, analysis.entities())
                            || ReportAside.otherQuestion(text)
                                    && !ReportAside.tellsFact(text)
                                    && analysis.entities().phones().isEmpty())
                    && analysis.intent() != id.migrasiaman.nlp.Intent.BROKER_REPORT
                    && !Corrections.asked(text)
                    && !ReportWithdrawal.asked(text);
        }
        if (step == ReportStep.WHAT) {
            // Five questions typed at "what happened?" are questions, not the story (D41).
            var analysis = analyser.analyse(text);
            return analysis.intent() != id.migrasiaman.nlp.Intent.BROKER_REPORT
                    && ReportAside.questionsOnly(text, analysis.entities());
        }
        if (step == ReportStep.CONFIRM
                || !step.takesText()
                || TypedAnswer.of(text).isPresent()
                || Corrections.asked(text)
                || ReportWithdrawal.asked(text)
                || ReporterFear.told(text)
                || !ReportAside.otherQuestion(text)) {
            return false;
        }
        var analysis = analyser.analyse(text);
        return analysis.entities().phones().isEmpty()
                && analysis.intent() != id.migrasiaman.nlp.Intent.BROKER_REPORT;
    }

    /**
     * A danger message typed at "Mau buat laporan?" (children leaving tomorrow) raises the alarm
     * first: it is also the report's story, kept; going back asks "Mau buat laporan?" again, since
     * typing is no consent (trial 18, D8).
     */
    @Override
    public void interruptedBy(Turn turn, String text) {
        Optional<ReportState> state = turn.state().active(ReportState.class);
        if (state.isEmpty() || TypedAnswer.of(text).isPresent()) {
            return;
        }
        // Whatever the step, the message is part of what the report tells: nothing typed in a
        // draft is lost to the alarm (trial 18, D13: the evidence a Babinsa described).
        ReportData data = new ReportData(state.get());
        data.appendWhat(text);
        remember(data, text);
        turn.update(turn.state().withFlow(data.at(state.get().step())));
    }

    /**
     * Only the fear of being known as the reporter silences the safety layer's danger question (the
     * report answers it: trial 16, D7); a fear of anything else ("sa takut sekali, sa harus buat
     * apa?") still gets the hotlines and the question first.
     */
    @Override
    public boolean answersWorry(Turn turn) {
        Optional<ReportState> state = turn.state().active(ReportState.class);
        return state.isPresent()
                && turn.message().content() instanceof Content.Text typed
                && TypedAnswer.of(typed.text()).isEmpty()
                && (ReporterFear.aboutBeingKnown(typed.text())
                        || !state.get().step().takesText()
                                && ReporterFear.seenByThem(typed.text()));
    }

    /** Back to the report after an interruption: the question of the step it was at. */
    @Override
    public List<Reply> resume(Turn turn) {
        ReportState state = turn.state().active(ReportState.class).orElseThrow();
        Reply step = reprompt(turn, state.step(), new ReportData(state));
        if (state.step() == ReportStep.WHAT
                && turn.message().content() instanceof Content.Text typed
                && ReportAside.questionsOnly(
                        typed.text(), analyser.analyse(typed.text()).entities())) {
            // Answered above as questions: say that they are not in the report (D41).
            return List.of(Reply.text(prompts.t(turn.language(), "report.questions.aside")), step);
        }
        return List.of(step);
    }

    @Override
    public Optional<ReportPress> parse(String value) {
        return ReportPress.parse(value);
    }

    @Override
    public List<Reply> pressed(Turn turn, ReportPress press) {
        if (press == ReportPress.Plain.FROM_OFFER) {
            // From the offer checker: the checked offer becomes the first answer.
            Recall recall = turn.state().recall();
            String offer =
                    recall != null && recall.kind() == Recall.Kind.OFFER ? recall.offer() : "";
            // Its recruiter's name and number too, shown as known at "who?" (trial 17, D21).
            ReportData data =
                    offer.isBlank()
                            ? ReportData.fresh()
                            : ReportEntry.prefilled(analyser.analyse(offer));
            data.what = offer;
            return begin(turn, data, offer.isBlank() ? ReportStep.WHAT : ReportStep.WHO);
        }
        Optional<ReportState> active = ReportState.heldIn(turn.state().active());
        if (active.isEmpty()) {
            return List.of(menus.main(turn.language()));
        }
        if (turn.state().active(ReportState.class).isEmpty()) {
            // A button of the draft an emergency set aside ("▶️ Lanjutkan" under /start, or the
            // draft's own buttons shown before the hotlines): the draft comes back as it was.
            turn.update(turn.state().detour(active.get()));
        }
        ReportStep step = active.get().step();
        ReportData data = new ReportData(active.get());
        if (press instanceof ReportPress.Plain plain) {
            return switch (plain) {
                case START -> started(turn, data);
                case CANCEL -> cancel(turn);
                case SEND -> send(turn, data);
                case EDIT -> List.of(prompts.chooseEdit(turn.language()));
                case RESUME -> List.of(reprompt(turn, step, data));
                default -> advance(turn, data, step);
            };
        }
        if (press instanceof ReportPress.Contact contact) {
            return contact(turn, data, contact.allowed());
        }
        if (press instanceof ReportPress.Edit edit) {
            return edit(turn, data, edit.step());
        }
        if (press instanceof ReportPress.Place place) {
            if (data.editing && !place.kecamatan().equals(data.kecamatan)) {
                // Another kecamatan: the old village and location belong to the old one.
                data.village = "";
                data.lat = null;
                data.lon = null;
            }
            data.kecamatan = place.kecamatan();
        } else if (press instanceof ReportPress.When when) {
            data.when = when.value();
        } else if (press instanceof ReportPress.Victims victims) {
            if (data.editing) {
                // A new count stands instead of the old one, typed or pressed.
                data.people = "";
            }
            data.victims = victims.value();
        } else if (press instanceof ReportPress.Minors minors) {
            data.minors = minors.value();
        } else if (press instanceof ReportPress.Country country && country.code() != null) {
            if (data.editing) {
                // A changed destination stands instead of the old one.
                data.destinations.clear();
                data.transits.clear();
            }
            ReportData.addOnce(data.destinations, country.code());
        }
        return advance(turn, data, step);
    }

    private List<Reply> contact(Turn turn, ReportData data, boolean allowed) {
        String address = turn.message().replyAddress();
        data.contact = allowed && address != null ? address : "";
        return advance(turn, data, ReportStep.CONTACT);
    }

    private List<Reply> advance(Turn turn, ReportData data, ReportStep from) {
        ReportStep next = from.next(data.editing);
        // A change of "where" or "where to" has a second question (the village, the route): it
        // stays a change until the summary, instead of walking through every later question.
        data.editing = data.editing && next != ReportStep.SUMMARY;
        turn.update(turn.state().withFlow(data.at(next)));
        return List.of(reprompt(turn, next, data));
    }

    private List<Reply> edit(Turn turn, ReportData data, ReportStep step) {
        data.editing = true;
        turn.update(turn.state().withFlow(data.at(step)));
        return List.of(prompts.ask(step, turn.language()));
    }

    private List<Reply> send(Turn turn, ReportData data) {
        List<Reply> replies = submission.submit(turn, data);
        turn.update(turn.state().withoutFlow());
        return replies;
    }

    /**
     * A yes typed at the summary sends only when it is a plain "ya" or "kirim": an "ok" or "ada"
     * typed quickly may answer the question before, so the summary is shown again with how to send
     * it (trial 19, D20: a report went without the person's yes).
     */
    private List<Reply> sendIfSaid(Turn turn, ReportData data, String text) {
        if (TypedAnswer.sends(text)) {
            return send(turn, data);
        }
        return List.of(
                Reply.text(prompts.t(turn.language(), "report.send.how")),
                reprompt(turn, ReportStep.SUMMARY, data));
    }

    private List<Reply> cancel(Turn turn) {
        turn.update(turn.state().withoutFlow());
        return List.of(
                Reply.withButtons(
                        prompts.t(turn.language(), "cancel.done"),
                        menus.mainKeyboard(turn.language())));
    }

    private Reply reprompt(Turn turn, ReportStep step, ReportData data) {
        if (step == ReportStep.MINORS && "yes".equals(data.minors) && !data.editing) {
            // Already told in the story ("ada yang masih kecil kayaknya 15an", trial 16 D8).
            return prompts.minorsKnown(turn.language());
        }
        if (step == ReportStep.WHO
                && !data.editing
                && !(data.who.isBlank() && data.phones.isEmpty())) {
            // The name or number told before (a checked ad, "namanya pak Benyamin"): shown as
            // known, to add to or change (trial 17, D21, D31).
            return prompts.whoKnown(turn.language(), known(data));
        }
        return step == ReportStep.SUMMARY
                ? summary.render(turn.language(), data)
                : prompts.ask(step, turn.language());
    }

    /** The recruiter as known so far: the name as written, and the numbers it does not show. */
    private static String known(ReportData data) {
        List<String> parts = new ArrayList<>();
        if (!data.who.isBlank()) {
            parts.add(data.who);
        }
        for (String phone : data.phones) {
            String local = phone.startsWith("+62") ? "0" + phone.substring(3) : phone;
            if (!data.who.replaceAll("\\D", "").contains(local.replaceAll("\\D", ""))) {
                parts.add(local);
            }
        }
        return String.join(" · ", parts);
    }

    /**
     * Keeps the phones and places found in free text, so the summary shows them normalised, and a
     * child under 18 told in it ({@link MinorsTold}), unless the minors question was answered.
     */
    private void remember(ReportData data, String text) {
        var found = analyser.analyse(text).entities();
        if (unanswered(data.minors) && MinorsTold.in(text)) {
            data.minors = "yes";
        }
        found.phones().forEach(p -> ReportData.addOnce(data.phones, p));
        found.destinations().forEach(d -> ReportData.addOnce(data.destinations, d));
        found.transits().forEach(t -> ReportData.addOnce(data.transits, t));
        if (data.kecamatan.isBlank() && !found.kecamatan().isEmpty()) {
            data.kecamatan = found.kecamatan().get(0);
        }
    }

    /** Whether the under-18 question has no answer yet ("?" is "not known"). */
    private static boolean unanswered(String minors) {
        return minors == null || minors.isBlank() || "?".equals(minors);
    }
}
