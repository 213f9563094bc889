package id.migrasiaman.family;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Courtesy;
import id.migrasiaman.conversation.Flow;
import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.TypedAnswer;
import id.migrasiaman.conversation.TypedButtonAction;
import id.migrasiaman.conversation.flows.FamilyState;
import id.migrasiaman.conversation.flows.FamilyStep;
import id.migrasiaman.conversation.flows.PendingFile;
import id.migrasiaman.nlp.TextAnalyser;
import id.migrasiaman.reports.PendingFiles;
import id.migrasiaman.reports.SubmitResult;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A family whose relative abroad cannot be reached or is in trouble: what they can do now (KP2MI,
 * Portal Peduli WNI, a police report), whether someone is in danger now, then the facts that help a
 * search (name as in the passport, country and city, employer or agency, last news) and a report.
 * "Yes, now" sends an URGENT report at once and adds the later answers to it; otherwise the family
 * sends a normal report after a summary.
 */
@Component
class FamilyAbroadFlow implements Flow, TypedButtonAction<FamilyAbroadFlow.Press> {

    /** The fewest words of a text typed at a button question that is kept as a fact. */
    private static final int KEPT_WORDS = 3;

    static final String NAME = FamilyState.NAME;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FamilyPrompts prompts;
    private final FamilyReports reports;
    private final PendingFiles files;
    private final TextAnalyser analyser;

    FamilyAbroadFlow(
            FamilyPrompts prompts,
            FamilyReports reports,
            PendingFiles files,
            TextAnalyser analyser) {
        this.prompts = prompts;
        this.reports = reports;
        this.files = files;
        this.analyser = analyser;
    }

    /**
     * The family's buttons ({@code f:...}), parsed once from the button's data. The {@code a:...}
     * presses answer the question of their step for someone who cannot type (trial 12, D22).
     */
    enum Press {
        DANGER_YES("danger:yes"),
        DANGER_NO("danger:no"),
        /** "Yes, make a report" under the offer the family got after typing (D17). */
        OFFER_YES("offer:yes"),
        SKIP("skip"),
        CONTACT_YES("contact:yes"),
        CONTACT_NO("contact:no"),
        SEND("send"),
        CANCEL("cancel"),
        /** Back to the first question of an empty report. */
        AGAIN("again"),
        PLACE_MY("a:MY", FamilyStep.PLACE),
        PLACE_SG("a:SG", FamilyStep.PLACE),
        PLACE_HK("a:HK", FamilyStep.PLACE),
        PLACE_TW("a:TW", FamilyStep.PLACE),
        LAST_WEEKS("a:weeks", FamilyStep.LAST),
        LAST_MONTHS("a:months", FamilyStep.LAST),
        LAST_LONG("a:long", FamilyStep.LAST),
        PROBLEM_UNREACHABLE("a:unreachable", FamilyStep.PROBLEM),
        PROBLEM_UNPAID("a:unpaid", FamilyStep.PROBLEM),
        PROBLEM_HARMED("a:harmed", FamilyStep.PROBLEM),
        PROBLEM_HOME("a:home", FamilyStep.PROBLEM);

        final String data;

        /** The step this press answers; null for the flow's other buttons. */
        final FamilyStep answers;

        Press(String data) {
            this(data, null);
        }

        Press(String data, FamilyStep answers) {
            this.data = data;
            this.answers = answers;
        }

        /** The answer buttons of {@code step}, in order; empty when it has none. */
        static List<Press> answering(FamilyStep step) {
            return Arrays.stream(values()).filter(p -> p.answers == step).toList();
        }
    }

    /** What may be pressed while "shall we help you make a report?" waits. */
    private static final java.util.Set<Press> OPEN_AT_OFFER =
            java.util.EnumSet.of(Press.OFFER_YES, Press.CANCEL, Press.DANGER_YES, Press.DANGER_NO);

    /** Starts the flow with the family's own words (may be blank) and the countries they named. */
    List<Reply> begin(Turn turn, String story, List<String> destinations) {
        turn.update(turn.state().withFlow(fresh(story, destinations)));
        return prompts.intro(turn.language());
    }

    private static FamilyState fresh(String story, List<String> destinations) {
        byte[] nonce = new byte[9];
        RANDOM.nextBytes(nonce);
        return new FamilyState(
                FamilyStep.DANGER,
                HexFormat.of().formatHex(nonce),
                story,
                destinations,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The most words a person's full name is taken to have. */
    private static final int NAME_WORDS = 5;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String prefix() {
        return FamilyPrompts.PREFIX;
    }

    @Override
    public List<Reply> next(Turn turn) {
        String lang = turn.language();
        FamilyState data = turn.state().active(FamilyState.class).orElseThrow();
        FamilyStep step = data.step();
        Content content = turn.message().content();
        if (step == FamilyStep.SENT) {
            return afterSending(turn, data, content);
        }
        if (content instanceof Content.Media media) {
            return List.of(file(turn, data, media), reprompt(step, lang, currentOr(turn, data)));
        }
        String text =
                content instanceof Content.Location l
                        ? "📍 " + l.latitude() + "," + l.longitude()
                        : content instanceof Content.Text t ? t.text().strip() : "";
        Optional<FamilyWords.Heard> word =
                content instanceof Content.Text
                        ? FamilyWords.heard(
                                step, text, step == FamilyStep.PLACE && !placeIn(text).isEmpty())
                        : Optional.empty();
        if (word.isPresent()) {
            return word.get().asksAgain()
                    ? askedAgain(step, lang, data)
                    : pressed(turn, word.get().press());
        }
        if (content instanceof Content.Text && Courtesy.only(text)) {
            // courtesies alone: thanks are thanked, a greeting hears the question again
            return Courtesy.thanksOnly(text)
                    ? thanked(turn, data)
                    : List.of(reprompt(step, lang, currentOr(turn, data)));
        }
        if (step == FamilyStep.CONTACT
                && content instanceof Content.Text
                && Questions.words(text) >= KEPT_WORDS
                && !Questions.isQuestion(text)) {
            // "yang ambil dia om Yakob, dia pung nomor 0812…" at "may the Satgas contact you?":
            // kept in the report in her own words, and she is told so (trial 17, D3).
            FamilyState kept = answered(turn, data, FamilyStep.PROBLEM, text);
            turn.update(turn.state().withFlow(kept));
            return List.of(Reply.text(prompts.t(lang, "family.kept")), reprompt(step, lang, kept));
        }
        if (text.isEmpty()
                || !(step.asksText() || step == FamilyStep.DANGER || step == FamilyStep.OFFER)) {
            return List.of(reprompt(step, lang, data));
        }
        if (step == FamilyStep.DANGER) {
            return atDangerQuestion(turn, data, text);
        }
        if (step == FamilyStep.OFFER) {
            // Anything but a yes or a no tells more: kept for the report, the offer asked again,
            // as the broker report does (trial 18, D8).
            turn.update(turn.state().withFlow(data.withStory(data.story() + "\n" + text)));
            return List.of(Reply.text(prompts.t(lang, "family.offer.kept")), prompts.offer(lang));
        }
        if (step == FamilyStep.PLACE && completesName(data.person(), text)) {
            // "Yuliana", then "Yuliana Tefa": the name finished, not the country (trial 18, D28).
            FamilyState named = data.withAnswer(FamilyStep.NAME, text);
            turn.update(turn.state().withFlow(named));
            return List.of(
                    Reply.text(prompts.t(lang, "family.name.completed", Html.escape(text))),
                    reprompt(step, lang, named));
        }
        return advance(turn, answered(turn, data, step, text), step);
    }

    /**
     * Thanks, a greeting or a blessing alone ("terima kasih banyak e, Tuhan berkati") answers no
     * question of the form and tells nothing for the report: it is thanked and never kept (lead's
     * chat trial, round 24: at "is anyone in danger now?" it was "Dicatat untuk laporan keluarga").
     * At the danger question it is taken as "not now", as any other typed words are there.
     */
    private List<Reply> thanked(Turn turn, FamilyState data) {
        String lang = turn.language();
        if (data.step() == FamilyStep.DANGER) {
            turn.update(turn.state().withFlow(data.at(FamilyStep.OFFER)));
            return List.of(
                    Reply.text(prompts.t(lang, "family.danger.thanks")), prompts.offer(lang));
        }
        Reply again =
                data.step() == FamilyStep.OFFER
                        ? prompts.offer(lang)
                        : reprompt(data.step(), lang, data);
        return List.of(Reply.text(prompts.t(lang, "family.thanks")), again);
    }

    /**
     * A typed word that answers nothing at {@code step} ("kirim" at "what is his name?", "kembali"
     * at the danger question): nothing is stored and the question is asked again; at a question
     * that takes words, saying that nothing was sent yet (trial 19, D25).
     */
    private List<Reply> askedAgain(FamilyStep step, String lang, FamilyState data) {
        if (!step.asksText()) {
            return List.of(reprompt(step, lang, data));
        }
        return List.of(Reply.text(prompts.t(lang, "family.notsent")), reprompt(step, lang, data));
    }

    /**
     * Typed while "is anyone in danger now?" waits (trial 15, D1: four messages got the button line
     * alone): its button words are {@link FamilyWords}'; a question about making a report is
     * answered here (this form is one); anything else tells more, so it is kept for the report, she
     * is told so, and the form goes on as after "not now / don't know" (the button stays a tap
     * away: /darurat). Danger was read before this (the safety layer), and other questions are
     * answered beside the flow ({@link #asksAside}).
     */
    private List<Reply> atDangerQuestion(Turn turn, FamilyState data, String text) {
        String lang = turn.language();
        if (FamilyQuestions.aboutReporting(text)) {
            return List.of(
                    Reply.text(prompts.t(lang, "family.aside.report")),
                    prompts.askDanger(lang, "family.danger.back"));
        }
        // "sudah 6 bulan": a fact for the report, taken as "not now / don't know" (trial 16, D26:
        // an elderly user who types instead of pressing was stuck here); the report itself starts
        // only on a yes to the offer that follows (trial 19, D17: it used to start on its own)
        FamilyState kept = data.withStory(data.story() + "\n" + text).at(FamilyStep.OFFER);
        turn.update(turn.state().withFlow(kept));
        return List.of(Reply.text(prompts.t(lang, "family.danger.kept")), prompts.offer(lang));
    }

    /**
     * Right after the normal report was sent (trial 15, D2: "sa baru ingat nama kapal nya Hsin Fa
     * 168, nama di paspor Yohanis Tefa" was taken for a self-introduction and lost): facts about
     * the relative and files are added to that report, and she is told so; anything else (a
     * question, thanks, a command) ends the flow and is handled as usual.
     */
    private List<Reply> afterSending(Turn turn, FamilyState data, Content content) {
        String lang = turn.language();
        String code = data.code();
        boolean fresh = turn.state().updatedAt().isAfter(Instant.now().minus(ADDS_WITHIN));
        if (!fresh) {
            return List.of();
        }
        if (content instanceof Content.Media media) {
            var stored = files.store(turn, media).stream().toList();
            reports.add(turn, code, media.caption(), stored);
            return List.of(prompts.withMenu(lang, prompts.t(lang, "family.sent.added", code)));
        }
        if (!(content instanceof Content.Text typed)
                || !FamilyQuestions.moreFacts(typed.text(), analyser.analyse(typed.text()))) {
            return List.of();
        }
        reports.add(
                turn,
                code,
                prompts.t(lang, "family.sent.more") + ": " + typed.text().strip(),
                List.of());
        turn.update(turn.state().withFlow(data));
        return List.of(prompts.withMenu(lang, prompts.t(lang, "family.sent.added", code)));
    }

    /** How long after sending what the family remembers is added to the report. */
    private static final Duration ADDS_WITHIN = Duration.ofMinutes(30);

    /**
     * A question typed while "is anyone in danger now?" waits ("sa bisa lapor ke mana? nomor telpon
     * berapa?"): answered as usual, then the question asked again; nothing of it is stored.
     */
    @Override
    public boolean asksAside(Turn turn) {
        return turn.state()
                        .active(FamilyState.class)
                        .filter(f -> f.step() == FamilyStep.DANGER || f.step() == FamilyStep.OFFER)
                        .isPresent()
                && turn.message().content() instanceof Content.Text typed
                && TypedAnswer.of(typed.text()).isEmpty()
                && Questions.isQuestion(typed.text())
                && !FamilyQuestions.aboutReporting(typed.text());
    }

    /**
     * {@code data} with {@code text} as the answer to {@code step}; once the family's report is
     * sent, the answer is added to it too.
     */
    private FamilyState answered(Turn turn, FamilyState data, FamilyStep step, String text) {
        FamilyState answered = data.withAnswer(step, text);
        answered.reportCode()
                .ifPresent(
                        code ->
                                reports.add(
                                        turn, code, FamilyReports.labelled(step, text), List.of()));
        return answered;
    }

    @Override
    public Optional<Press> parse(String value) {
        return Arrays.stream(Press.values()).filter(p -> p.data.equals(value)).findFirst();
    }

    @Override
    public List<Reply> pressed(Turn turn, Press press) {
        String lang = turn.language();
        Optional<FamilyState> active = turn.state().active(FamilyState.class);
        if (active.isEmpty()) {
            // "Yes, someone is in danger now" is never ignored, even from an old message.
            if (press == Press.DANGER_YES) {
                return urgent(turn, fresh("", List.of()));
            }
            return List.of(prompts.withMainMenu(lang, prompts.t(lang, "menu.prompt")));
        }
        FamilyState data = active.get();
        if (data.step() == FamilyStep.SENT) {
            // The report went already: an old button of its form sends nothing twice.
            turn.update(turn.state().withoutFlow());
            return pressed(turn, press);
        }
        if (data.step() == FamilyStep.OFFER && !OPEN_AT_OFFER.contains(press)) {
            // No step of the report before its yes: an old "skip" or "send" starts nothing.
            return List.of(prompts.offer(lang));
        }
        if (press.answers != null) {
            return answered(turn, data, press);
        }
        return switch (press) {
            case DANGER_YES -> urgent(turn, data);
            case DANGER_NO -> notNow(turn, data);
            case OFFER_YES -> {
                if (data.step() != FamilyStep.OFFER) {
                    yield List.of(reprompt(data.step(), lang, data));
                }
                List<Reply> out = new ArrayList<>();
                out.add(Reply.text(prompts.t(lang, "family.normal.start")));
                out.addAll(advance(turn, data, FamilyStep.DANGER));
                yield out;
            }
            case SKIP -> advance(turn, data, data.step());
            case CONTACT_YES, CONTACT_NO -> contact(turn, data, press == Press.CONTACT_YES);
            case SEND -> send(turn, data);
            case AGAIN -> advance(turn, data, FamilyStep.DANGER);
            case CANCEL -> {
                turn.update(turn.state().withoutFlow());
                yield List.of(prompts.withMainMenu(lang, prompts.t(lang, "family.cancelled")));
            }
            default -> List.of(reprompt(data.step(), lang, data));
        };
    }

    /**
     * "No / don't know yet" at the danger question, pressed or typed: what the family can do now
     * and what to have ready (FACTS §14), then the offer; the report starts only on its yes (lead's
     * chat trial, round 22: the button started the report's questions at once). An old press at a
     * later step asks that step's question again.
     */
    private List<Reply> notNow(Turn turn, FamilyState data) {
        String lang = turn.language();
        if (data.step() != FamilyStep.DANGER) {
            return List.of(reprompt(data.step(), lang, data));
        }
        turn.update(turn.state().withFlow(data.at(FamilyStep.OFFER)));
        return List.of(Reply.text(prompts.t(lang, "family.danger.none")), prompts.offer(lang));
    }

    /**
     * An answer button: its words are the answer of its step, as if typed. A button of another step
     * (an old message) asks the current question again.
     */
    private List<Reply> answered(Turn turn, FamilyState data, Press press) {
        if (data.step() != press.answers) {
            return List.of(reprompt(data.step(), turn.language(), data));
        }
        String text = prompts.answerOf(turn.language(), press);
        return advance(turn, answered(turn, data, data.step(), text), data.step());
    }

    private List<Reply> urgent(Turn turn, FamilyState data) {
        String lang = turn.language();
        String country = data.destinations().isEmpty() ? null : data.destinations().get(0);
        List<Reply> out = new ArrayList<>();
        // The numbers to call come first; the alarm follows.
        out.add(prompts.urgentNow(lang, country));
        FamilyState sent = data;
        Optional<String> open =
                data.code().isEmpty() ? reports.recentUrgent(turn) : Optional.empty();
        if (open.isPresent()) {
            // The alarm this person raised a moment ago: one urgent report per incident.
            return join(turn, data, open.get());
        }
        if (data.code().isEmpty()) {
            SubmitResult result = reports.urgent(turn, data);
            sent = data.withCode(result.code());
            if (!data.files().isEmpty()) {
                reports.add(turn, result.code(), null, files.storeAll(turn, data.files()));
            }
        }
        out.add(Reply.text(prompts.t(lang, "family.urgent.sent", sent.code())));
        out.addAll(advance(turn, sent, FamilyStep.DANGER));
        return out;
    }

    private List<Reply> contact(Turn turn, FamilyState data, boolean allowed) {
        String lang = turn.language();
        String address = allowed ? turn.message().replyAddress() : null;
        FamilyState decided = data.withContact(address == null ? "" : address);
        if (!decided.code().isEmpty()) {
            if (allowed) {
                reports.allowContact(turn, decided.code(), address);
            }
            turn.update(turn.state().withoutFlow());
            return List.of(
                    prompts.withMenu(lang, prompts.t(lang, "family.urgent.done", decided.code())));
        }
        turn.update(turn.state().withFlow(decided.at(FamilyStep.SUMMARY)));
        return List.of(prompts.summary(lang, decided, address != null));
    }

    private List<Reply> send(Turn turn, FamilyState data) {
        String lang = turn.language();
        if (data.toldNothing()) {
            // An empty report helps no one and makes the family believe help is coming.
            return List.of(prompts.summary(lang, data, !data.contact().isBlank()));
        }
        SubmitResult result = reports.normal(turn, data, data.contact());
        // Kept a while, so that what the family remembers next joins this report (D2).
        turn.update(turn.state().withFlow(data.withCode(result.code()).at(FamilyStep.SENT)));
        String key =
                result.outcome() == SubmitResult.Outcome.QUEUED_LOCALLY
                        ? "family.queued"
                        : "family.sent";
        String contacted = data.contact().isBlank() ? "" : prompts.t(lang, "family.sent.contact");
        return List.of(prompts.withMenu(lang, prompts.t(lang, key, result.code(), contacted)));
    }

    private Reply file(Turn turn, FamilyState data, Content.Media media) {
        int count;
        if (!data.code().isEmpty()) {
            var stored = files.store(turn, media).stream().toList();
            reports.add(turn, data.code(), media.caption(), stored);
            count = stored.size();
        } else {
            FamilyState more = data.with(PendingFile.of(media));
            if (media.caption() != null && !media.caption().isBlank()) {
                // A caption is read like a text: it belongs to the family's account.
                more = more.withStory(more.story() + "\n" + media.caption());
            }
            count = more.files().size();
            turn.update(turn.state().withFlow(more));
        }
        return Reply.text(prompts.t(turn.language(), "family.file.saved", count));
    }

    /** The family's state after this turn's changes (a file may have been added). */
    private static FamilyState currentOr(Turn turn, FamilyState before) {
        return turn.state().active(FamilyState.class).orElse(before);
    }

    /**
     * Back from an emergency: the question of the step the family was at. After an alarm, "is
     * anyone in danger now?" is not asked again: the family's answers join that urgent report.
     */
    @Override
    public List<Reply> resume(Turn turn) {
        Optional<FamilyState> family = turn.state().active(FamilyState.class);
        if (family.isEmpty()) {
            return List.of();
        }
        FamilyState data = family.get();
        if (data.step() == FamilyStep.SENT) {
            return List.of();
        }
        boolean asking = data.step() == FamilyStep.DANGER || data.step().asksText();
        if (asking && data.code().isEmpty()) {
            Optional<String> open = reports.recentUrgent(turn);
            if (open.isPresent()) {
                return join(turn, data, open.get());
            }
        }
        if (data.step() == FamilyStep.DANGER) {
            // Back from a question answered beside the form, or from an emergency.
            return List.of(prompts.askDanger(turn.language(), "family.danger.back"));
        }
        if (data.step() == FamilyStep.OFFER) {
            return List.of(prompts.offer(turn.language()));
        }
        return List.of(reprompt(data.step(), turn.language(), data));
    }

    /**
     * The family's account so far joins the open urgent report {@code code}; the questions go on
     * where they were, none asked twice.
     */
    private List<Reply> join(Turn turn, FamilyState data, String code) {
        reports.addAccount(turn, code, data);
        List<Reply> out = new ArrayList<>();
        out.add(Reply.text(prompts.t(turn.language(), "family.urgent.joined", code)));
        FamilyState joined = data.withCode(code);
        if (joined.story().isBlank()) {
            // The alarm's own message told the problem: it is the family's account, not asked.
            joined = joined.withStory(reports.firstText(code));
        }
        if (data.step() == FamilyStep.DANGER) {
            out.addAll(advance(turn, joined, FamilyStep.DANGER));
        } else {
            turn.update(turn.state().withFlow(joined));
            out.add(reprompt(joined.step(), turn.language(), joined));
        }
        return out;
    }

    /**
     * A danger message typed at "in which country and city?" that names the place ("johor bahru.
     * majikan pukul dia …") answered it: the place is kept and, back from the alarm, the family is
     * asked the next question. A message naming no place leaves the question to be asked again.
     */
    @Override
    public void interruptedBy(Turn turn, String text) {
        Optional<FamilyState> family = turn.state().active(FamilyState.class);
        if (family.isEmpty() || family.get().step() != FamilyStep.PLACE) {
            return;
        }
        String place = placeIn(text);
        if (place.isEmpty()) {
            return;
        }
        FamilyState answered = answered(turn, family.get(), FamilyStep.PLACE, place);
        turn.update(turn.state().withFlow(answered.at(after(answered, FamilyStep.PLACE))));
    }

    /**
     * Whether {@code text}, typed right after the name, is that name finished: it begins with the
     * name and adds a word or two of a name, no place and no number.
     */
    private boolean completesName(String person, String text) {
        String name = person == null ? "" : person.strip();
        String typed = text.strip();
        return !name.isEmpty()
                && typed.length() > name.length()
                && typed.toLowerCase(java.util.Locale.ROOT)
                        .startsWith(name.toLowerCase(java.util.Locale.ROOT) + " ")
                && typed.matches("[\\p{L} .'-]+")
                && typed.split("\\s+").length <= NAME_WORDS
                && placeIn(typed).isEmpty();
    }

    /** The short parts of {@code text} that name a country or city abroad, joined; may be empty. */
    private String placeIn(String text) {
        List<String> named = new ArrayList<>();
        for (String part : PARTS.split(text)) {
            String bare = part.strip();
            boolean shortPart = !bare.isEmpty() && bare.split("\\s+").length <= PLACE_WORDS;
            if (shortPart && !analyser.analyse(bare).entities().destinations().isEmpty()) {
                named.add(bare);
            }
        }
        return String.join(", ", named);
    }

    /** Clauses of a message: a place is written in its own ("johor bahru. dia wa sy td"). */
    private static final Pattern PARTS = Pattern.compile("[.,;!?\\n]+");

    /** A clause longer than this tells more than where the relative is. */
    private static final int PLACE_WORDS = 6;

    private List<Reply> advance(Turn turn, FamilyState data, FamilyStep from) {
        FamilyState moved = data.at(after(data, from));
        turn.update(turn.state().withFlow(moved));
        return List.of(reprompt(moved.step(), turn.language(), moved));
    }

    private static FamilyStep after(FamilyState data, FamilyStep from) {
        FamilyStep next = from.next();
        if (next == FamilyStep.PROBLEM && !data.story().isBlank()) {
            // The family already said what the problem is: not asked again.
            next = next.next();
        }
        return next;
    }

    private Reply reprompt(FamilyStep step, String lang, FamilyState data) {
        return switch (step) {
            case DANGER -> prompts.askDanger(lang, "family.danger.again");
            case OFFER -> prompts.offer(lang);
            case SUMMARY -> prompts.summary(lang, data, !data.contact().isBlank());
            default -> prompts.ask(step, lang);
        };
    }
}
