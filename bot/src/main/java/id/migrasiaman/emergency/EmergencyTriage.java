package id.migrasiaman.emergency;

import id.migrasiaman.conversation.BackToTheGuide;
import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.SafetyCheck;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.Words;
import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.conversation.flows.EmergencyStep;
import id.migrasiaman.conversation.flows.FamilyState;
import id.migrasiaman.conversation.flows.FlowState;
import id.migrasiaman.conversation.flows.InDanger;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.safety.DangerAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** Texts waiting for "add to the report?" are kept to Telegram's length of one message. */
    private static final int MAX_PENDING = 4096;

    private final Alarms alarms;
    private final UrgentReports urgent;
    private final EmergencyReplies replies;
    private final WeakInFlow inFlow;
    private final WhileAsking whileAsking;

    EmergencyTriage(
            Alarms alarms,
            UrgentReports urgent,
            EmergencyReplies replies,
            WeakInFlow inFlow,
            WhileAsking whileAsking) {
        this.alarms = alarms;
        this.inFlow = inFlow;
        this.urgent = urgent;
        this.replies = replies;
        this.whileAsking = whileAsking;
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
        boolean calm = !danger.strong();
        if (emergency.step() == EmergencyStep.ASK) {
            if (calm && Wording.withdrawal(text)) {
                // "ga jadi", "salah pencet": a no, never a topic answer.
                return Optional.of(alarms.decline(turn));
            }
            if (YES.contains(words) || danger.strong()) {
                return Optional.of(
                        danger.strong()
                                ? alarms.raise(turn, joined(turn, text), danger.minor(), country)
                                : alarms.confirm(turn, danger.minor()));
            }
            if (NO.contains(words)) {
                return Optional.of(alarms.decline(turn));
            }
            DangerAnswer.Said said = DangerAnswer.of(text);
            if (said == DangerAnswer.Said.NO) {
                // "aku ga dalam bahaya kok, majikan baik. cuma potongan nya berat": a no, and the
                // rest of the message is answered.
                return Optional.of(whileAsking.declined(turn, text, analysis, routing));
            }
            if (said == DangerAnswer.Said.YES) {
                // "iya tolong, sekarang": the yes in words, with what was written kept.
                return Optional.of(whileAsking.confirmed(turn, joined(turn, text), country));
            }
            if (Wording.reportWish(text)) {
                // "sa mau lapor dia": the report starts, the question is not asked again.
                ConversationState state = turn.state();
                turn.update(Interruptions.restore(state).orElse(state.withoutFlow()));
                return Optional.empty();
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
            if (Despair.said(text)) {
                // "sa cuma mau ada orang dengar sa": heard, and kept for the alarm.
                turn.update(turn.state().detour(emergency.withText(joined(turn, text))));
                return Optional.of(
                        List.of(
                                Reply.text(replies.t(turn.language(), "emergency.despair")),
                                replies.question(turn.language(), false)));
            }
            if (!danger.strong() && stashed.isEmpty() && emergency.reportCode().isEmpty()) {
                // "anak sy di malasya 6 bln tdk krm uang tdk tlp" after a bare "tolg nak" (trial
                // 16, D11): a family's search, which the family flow takes with its own danger
                // question; nothing was sent, so the bare question is dropped for it
                Optional<List<Reply>> family = familySearch(turn, text, routing);
                if (family.isPresent()) {
                    return family;
                }
            }
            if (stashed.isEmpty() && whileAsking.plainQuestion(text, analysis, danger)) {
                // "tlg SKCK bikin di mana kak?" instead of an answer: answered, and "not now"
                return Optional.of(whileAsking.askedInstead(turn, routing));
            }
            if (danger.weak() && !goingOn || answersUs) {
                // More about what is happening ("di rumah majikan di Johor", "paspor kami dia yang
                // pegang"): read again with what came before (it may be an alarm now), kept for
                // the alarm, answered where a topic answers it, and the question stays as buttons.
                return Optional.of(
                        whileAsking.moreTold(
                                turn, joined(turn, text), text, analysis, country, routing));
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
        if (emergency.inDanger() == InDanger.UNDECIDED) {
            // Saved before who is in danger was kept: decided once, from the alarm's first text.
            emergency =
                    emergency.withInDanger(
                            WhoIsInDanger.of(
                                    urgent.firstText(code),
                                    WhoIsInDanger.fromFamilyFlow(emergency)));
            turn.update(turn.state().detour(emergency));
        }
        String lang = turn.language();
        String flow = Interruptions.flowIn(emergency).orElse(null);
        if (calm && Wording.withdrawal(text)) {
            return Optional.of(List.of(replies.confirmWithdraw(lang, code)));
        }
        if (calm && OutNow.said(text)) {
            // "puji Tuhan sy su keluar, sepupu datang jemput" (trial 18, D32): staff must read
            // that she is out on the report, whatever else the message asks for. A later store of
            // the same message has the same key and is not added twice.
            store(turn, code, text, flow);
        }
        if (calm && Wording.reportWish(text) && AlarmQuestions.of(text).isEmpty()) {
            // "sy mau lapor calo, namanya pak Benyamin dari Baun" after an alarm (trial 17, D28):
            // a new report, not news for the open one, which stays on file as it is.
            ConversationState state = turn.state();
            turn.update(Interruptions.restore(state).orElse(state.withoutFlow()));
            List<Reply> out = new ArrayList<>(routing.asUsual(turn));
            out.add(Reply.text(replies.t(lang, "emergency.report.apart", code)));
            return Optional.of(out);
        }
        if (calm && BackToTheGuide.asked(text)) {
            // "sudah saya telpon 110, sekarang mau lanjut panduan jalur resmi tadi" (D17): the
            // guide where she left it, and the alarm stays open for news.
            List<Reply> out = new ArrayList<>(routing.asUsual(turn));
            out.add(Reply.text(replies.t(lang, "emergency.guide.open", code)));
            return Optional.of(out);
        }
        if (calm && Wording.codeOnly(text)) {
            return Optional.of(List.of(replies.active(lang, code, flow)));
        }
        if (calm && DangerAnswer.of(text) == DangerAnswer.Said.NO) {
            // "Saya tidak dalam bahaya sekarang … cuma mau tahu hak saya" (trial 15, D8): what she
            // asks is answered, nothing is filed, and she may mark the alarm "not an emergency"
            String glad = replies.t(lang, "emergency.safe");
            List<Reply> out = new ArrayList<>();
            answerOnly(turn, text, analysis, danger, routing).stream()
                    .filter(r -> !r.html().equals(glad))
                    .forEach(out::add);
            out.add(replies.notInDanger(lang, code));
            return Optional.of(out);
        }
        boolean asked = question(text, analysis);
        List<Reply> numbers = new ArrayList<>();
        String named = Countries.named(analysis);
        boolean moved =
                named != null
                        && !emergency.country().isEmpty()
                        && !named.equals(emergency.country())
                        && Wording.locates(text)
                        && Countries.leftFor(named, text);
        if (named != null && (moved || emergency.country().isEmpty())) {
            // "sy di Takari, bukan di Malaysia": the numbers follow where the person is.
            emergency = emergency.withCountry(named);
            turn.update(turn.state().detour(emergency));
        }
        // "bisa lapor polisi online ko?", "beta harus bikin apa? lapor ke mana?" (trial 19): asked
        // for the case, not for a number, and answered for who writes
        // A child who wrote of herself ("aku umur 15, ada om tawarin kerja") and asks "aku harus
        // gmn kak?" gets the words for a child (the usual answer: don't go with him, tell a parent
        // or a teacher, SAPA 129), not the relative's or the held worker's steps.
        Optional<AlarmQuestions.Asked> known =
                (asked || text.contains("?")) && emergency.inDanger() != InDanger.CHILD_WRITER
                        ? AlarmQuestions.of(text)
                        : Optional.empty();
        if (moved || asked && known.isEmpty() && Wording.asksForNumber(text)) {
            // "nomor polisi di kupang berapa?": the numbers of the place asked about.
            String where = asked && named != null && !moved ? named : Countries.known(emergency);
            numbers.add(replies.shortHotlines(lang, where));
        }
        if (known.isPresent()) {
            return Optional.of(answerKnown(turn, text, known.get(), danger, numbers, flow));
        }
        FollowUps.Kind kind =
                moved
                        ? FollowUps.Kind.FACT
                        : FollowUps.of(text, analysis, danger, turn.message().inReplyTo(), code);
        if (!asked && NoCalls.said(text)) {
            // "jgn telp", then "sms aja" (trial 19, D7): how to reach her safely goes on the
            // report, each time, and she is told officers will not call.
            List<Reply> out = new ArrayList<>(numbers);
            Reply stored = store(turn, code, text, flow);
            out.add(stored.keyboard().isEmpty() ? stored : replies.noCalls(lang, code, flow));
            return Optional.of(out);
        }
        if ((asked || text.contains("?")) && ReachingHelp.asks(text)) {
            // "I cannot call, can I only message? Which is fastest?": answered from this
            // emergency's facts, and kept for staff (they should know a call is not possible).
            // A wife at home whose husband is beaten in a Taiwanese port cannot dial Taiwan's 110
            // (trial 18, D2): the writer is at home when she says so, or when the alarm told of
            // someone else only.
            String where = Countries.known(emergency);
            boolean abroad = where != null && !"ID".equals(where) && !AtSea.is(where);
            boolean fromHome =
                    abroad && ("ID".equals(named) || WhoIsInDanger.relative(emergency, text));
            List<Reply> out = new ArrayList<>(moved ? numbers : List.of());
            out.add(ReachingHelp.answer(replies, lang, text, where, code, fromHome));
            out.add(store(turn, code, text, flow));
            return Optional.of(out);
        }
        if (Despair.said(text)) {
            // "sa cuma mau ada orang dengar sa": heard, not only filed.
            return Optional.of(
                    List.of(
                            Reply.text(replies.t(lang, "emergency.despair")),
                            store(turn, code, text, flow)));
        }
        if (calm
                && asked
                && numbers.isEmpty()
                && Wording.asksAboutOwnName(text)
                && !Wording.namesPolice(text)) {
            // "kalo dong tau beta lapor … nama beta dong bisa tau ko?" (trial 17, D8): her fear
            // is answered, not only filed; staff see it too (the recruiter may be family). Asked
            // of the police, the question's own answer says what a police report keeps (below).
            return Optional.of(
                    List.of(
                            Reply.text(replies.t(lang, "emergency.identity", code)),
                            store(turn, code, text, flow)));
        }
        if (asked && (danger.strong() || FollowUps.placeBesideQuestion(text, analysis))) {
            // A question that itself tells of danger, or that says where beside it ("bisa datang?
            // rumah cat hijau dekat pasar"): added at once, and answered too.
            List<Reply> out = new ArrayList<>(numbers);
            out.add(store(turn, code, text, flow));
            if (numbers.isEmpty()) {
                out.addAll(answerOnly(turn, text, analysis, danger, routing));
            }
            return Optional.of(out);
        }
        return switch (kind) {
            case FACT -> {
                if (numbers.isEmpty() && danger.strong()) {
                    // "… dibawa ke asrama broker, pintunya dikunci" after the alarm (trial 17,
                    // D26): a new harm gets the numbers of where she is once more, short.
                    numbers.add(replies.shortHotlines(lang, Countries.known(emergency)));
                }
                if (numbers.isEmpty()) {
                    // Facts go on to the emergency flow, which adds them to the report.
                    yield Optional.empty();
                }
                numbers.add(store(turn, code, text, flow));
                yield Optional.of(numbers);
            }
            case QUESTION -> {
                if (numbers.isEmpty()) {
                    List<Reply> out =
                            new ArrayList<>(answer(turn, text, analysis, danger, code, routing));
                    if (Wording.asksAboutOwnName(text)) {
                        // Her own name in this alarm, beside what the answer says of the police.
                        out.add(
                                Math.max(0, out.size() - 1),
                                Reply.text(replies.t(lang, "emergency.identity", code)));
                    }
                    yield Optional.of(out);
                }
                numbers.add(offer(turn, turn.state(), emergency, text, code, true));
                yield Optional.of(numbers);
            }
            case SMALL_TALK -> Optional.of(List.of(replies.active(lang, code, flow)));
            case THANKS -> Optional.of(List.of(replies.thanked(lang, code, flow)));
            case ERRAND -> Optional.of(everyday(turn, text, routing));
            case UNCLEAR ->
                    Optional.of(List.of(offer(turn, turn.state(), emergency, text, code, false)));
        };
    }

    /**
     * The family flow's card and form when {@code text} tells of a relative out of reach for weeks
     * or months (the family situation answers it), else empty with the state as it was.
     */
    private Optional<List<Reply>> familySearch(
            Turn turn, String text, SafetyCheck.Routing routing) {
        if (!SafetyLayer.LONG_SILENCE.matcher(text.toLowerCase(java.util.Locale.ROOT)).find()) {
            return Optional.empty();
        }
        ConversationState before = turn.state();
        turn.update(before.detour(null));
        List<Reply> answered = routing.byIntent(turn, text);
        if (turn.state().active() instanceof FamilyState) {
            return Optional.of(answered);
        }
        turn.update(before);
        return Optional.empty();
    }

    /**
     * "tolong ajar sa PR matematika" after an alarm (round 23's chat trial): the usual answer, as
     * anywhere; nothing is filed or offered, and the report stays open for news.
     */
    private static List<Reply> everyday(Turn turn, String text, SafetyCheck.Routing routing) {
        ConversationState before = turn.state();
        List<Reply> answered = routing.byIntent(turn, text);
        turn.update(before);
        return answered;
    }

    /** Adds {@code text} to the urgent report now; the hotlines stay if storage fails. */
    private Reply store(Turn turn, String code, String text, String flow) {
        try {
            urgent.addText(turn, code, text);
        } catch (RuntimeException e) {
            return Reply.text(replies.t(turn.language(), "emergency.contact.failed"));
        }
        return replies.added(turn.language(), code, flow);
    }

    /** Answers the question as if no emergency were open, then offers to add it. */
    private List<Reply> answer(
            Turn turn,
            String text,
            Analysis analysis,
            DangerAssessment danger,
            String code,
            SafetyCheck.Routing routing) {
        ConversationState before = turn.state();
        EmergencyState emergency = before.active(EmergencyState.class).orElseThrow();
        List<Reply> out = new ArrayList<>(answerOnly(turn, text, analysis, danger, routing));
        if (turn.state().active() == null || turn.state().equals(before)) {
            out.add(offer(turn, before, emergency, text, code, true));
        }
        return out;
    }

    /**
     * The usual answer to {@code text}; when the usual route would open the emergency once more
     * (the model files a question about a held passport as an emergency), the open alarm stays and
     * the person gets the short numbers instead of the whole list again.
     */
    private List<Reply> answerOnly(
            Turn turn,
            String text,
            Analysis analysis,
            DangerAssessment danger,
            SafetyCheck.Routing routing) {
        ConversationState before = turn.state();
        EmergencyState emergency = before.active(EmergencyState.class).orElseThrow();
        if (danger.level().atLeastWeak()) {
            // "majikan tahan sa pung paspor, boleh ko?": a question that tells of danger gets the
            // topic that answers it beside the hotlines (the passport held), as outside a flow.
            Optional<List<Reply>> topic = whileAsking.topic(turn, analysis);
            if (topic.isPresent()) {
                return topic.get();
            }
        }
        List<Reply> answered = withoutRefusal(turn, routing.byIntent(turn, text), emergency.code());
        boolean reopened =
                turn.state()
                        .active(EmergencyState.class)
                        .map(e -> e.code().isEmpty())
                        .orElse(false);
        if (!reopened) {
            return answered;
        }
        turn.update(before);
        // "paspor sy ditahan majikan, boleh ko?" (trial 19): the topic that answers it, as beside
        // the hotlines; the short numbers only when no topic does
        return whileAsking
                .topic(turn, analysis)
                .orElseGet(
                        () ->
                                List.of(
                                        replies.shortHotlines(
                                                turn.language(), Countries.known(emergency))));
    }

    /**
     * A question {@link AlarmQuestions} answers, for a relative at home (the alarm told of someone
     * else, or came from the family flow) or for the person held; added to the report at once when
     * it tells of danger too, else offered.
     */
    private List<Reply> answerKnown(
            Turn turn,
            String text,
            AlarmQuestions.Asked asked,
            DangerAssessment danger,
            List<Reply> numbers,
            String flow) {
        EmergencyState emergency = turn.state().active(EmergencyState.class).orElseThrow();
        String code = emergency.code();
        boolean family = WhoIsInDanger.relative(emergency, text);
        List<Reply> out = new ArrayList<>(numbers);
        out.add(AlarmQuestions.answer(replies, turn.language(), asked, family, code));
        out.add(
                danger.strong()
                        ? store(turn, code, text, flow)
                        : offer(turn, turn.state(), emergency, text, code, true));
        return out;
    }

    /**
     * {@code answered} without the off-topic refusal: someone whose emergency is open is never told
     * "we can only help with working abroad"; the report's note stands in its place.
     */
    private List<Reply> withoutRefusal(Turn turn, List<Reply> answered, String code) {
        String lang = turn.language();
        String refusal = replies.t(lang, "outofscope.reply");
        List<Reply> out = new ArrayList<>();
        for (Reply reply : answered) {
            out.add(
                    reply.html().startsWith(refusal)
                            ? Reply.text(replies.t(lang, "emergency.unanswered", code))
                            : reply);
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
        return List.of(
                replies.added(
                        turn.language(), code, Interruptions.flowIn(emergency.get()).orElse(null)));
    }

    /** Whether {@code text} is a clear question rather than news. */
    static boolean question(String text, Analysis analysis) {
        return Wording.question(text, analysis);
    }

    private static String joined(Turn turn, String text) {
        String before =
                turn.state().active(EmergencyState.class).map(EmergencyState::text).orElse("");
        return before.isBlank() ? text : before + "\n" + text;
    }

    private static String words(String text) {
        return Words.plain(text);
    }
}
