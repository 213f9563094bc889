package id.migrasiaman.answers;

import id.migrasiaman.conversation.AnswerFirst;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.OfferState;
import id.migrasiaman.knowledge.OfferChecker;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.TextAnalyser;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Messages answered from the conversation's offer context ({@link OfferContexts}) rather than alone
 * (trial 13): a child under 18 about to be taken abroad is an offer to check whatever the intent
 * model reads (D45); a caller posing as an official who asks for money is a scam (D42); after an
 * offer to Cambodia, "I already bought the ticket, leaving the day after tomorrow" gets "do not go"
 * and what to do if he goes anyway (D11), "who do I call there?" the mission of that country, never
 * Malaysia's numbers (D12), and "they pay the ticket" the scam sign it is (D13).
 */
@Component
@Order(9)
class OffersInContext implements MessageInterceptor, AnswerFirst {

    private static final String IMPERSONATION = OfferCheck.IMPERSONATION;

    /** "beta hubungi siapa?", "minta tolong ke mana?", "who do I call?" */
    private static final Pattern WHO_TO_CALL =
            Pattern.compile(
                    "\\b(hubungi|hubungin|kontak|telepon|telpon|tlp|telp|minta tolong|mengadu"
                            + "|lapor|cari bantuan)( \\S+){0,2} (siapa|ke mana|kemana|ke siapa"
                            + "|di mana|dimana)\\b|\\bsiapa yang (bisa|harus|boleh)( \\S+)?"
                            + " (di ?hubungi|di ?telepon|bantu|tolong)\\b|\\bwho (do|should|can)"
                            + " (i|we) (call|contact|ask|turn to)\\b|\\bwhere (do|can|should) (i|we)"
                            + " (get help|call|go)\\b");

    /**
     * The Indonesian mission asked for ("should I contact the embassy in Phnom Penh? I don't have
     * their number", trial 17 D16): its name, then a number, a contact or whether to turn to it.
     */
    private static final Pattern MISSION_ASKED =
            Pattern.compile(
                    "\\b(embassy|kbri|kjri|konsulat|consulate|kedutaan|perwakilan ri)\\b.*"
                            + "\\b(number|nomor|nomer|nomornya|contact|hubungi|kontak|telepon|telpon"
                            + "|call|reach|should|harus|perlu|bisa|boleh)\\b"
                            + "|\\b(number|nomor|nomer|contact|hubungi|kontak|telepon|telpon|call"
                            + "|reach)\\b.*\\b(embassy|kbri|kjri|konsulat|consulate|kedutaan)\\b");

    /**
     * Leaving without the passport the company keeps ("is there a way to get out without my
     * passport?", trial 17 D17): the mission's travel document, not how to apply for a passport.
     */
    private static final Pattern OUT_WITHOUT_PASSPORT =
            Pattern.compile(
                    "\\b(get out|leave|go home|escape|pulang|keluar|kabur|lari|balik)\\b.*"
                            + "\\b(without|tanpa|no|gak ada|tidak ada|nggak ada|tdk ada)( \\S+){0,2}"
                            + " (passport|paspor)\\b");

    /** Words of a job offered: a message with them is an offer to check, not a follow-up. */
    private static final Pattern JOB =
            Pattern.compile(
                    "\\b(kerja|karja|bekerja|lowongan|loker|admin|operator|customer service"
                            + "|gaji|salary|job|jobs|work|vacancy|hiring)\\b");

    private final OfferContexts contexts;
    private final OfferCheck offers;
    private final OfferChecker checker;
    private final TextAnalyser analyser;
    private final RiskyDepartures departures;

    OffersInContext(
            OfferContexts contexts,
            OfferCheck offers,
            OfferChecker checker,
            TextAnalyser analyser,
            Texts texts,
            Menus menus) {
        this.contexts = contexts;
        this.offers = offers;
        this.checker = checker;
        this.analyser = analyser;
        this.departures = new RiskyDepartures(texts, menus);
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        if (!(turn.message().content() instanceof Content.Text typed)
                || typed.text().isBlank()
                || (turn.state().active() != null
                        && !(turn.state().active() instanceof OfferState))) {
            return Optional.empty();
        }
        OfferContext context = contexts.of(turn);
        Optional<String> country = RiskyDepartures.noPlacementCountry(context);
        if (country.isEmpty()) {
            return Optional.empty();
        }
        String text = typed.text().toLowerCase(Locale.ROOT);
        if (JOB.matcher(text).find()) {
            // The offer itself ("kerja admin di kamboja … berangkat minggu depan"): checked as one.
            return Optional.empty();
        }
        String lang = turn.language();
        if (Departures.soon(text)) {
            return Optional.of(departures.goingAnyway(lang, country.get()));
        }
        List<String> named = analyser.analyse(typed.text()).entities().destinations();
        boolean elsewhere = named.stream().anyMatch(c -> !c.equals(country.get()));
        if (WHO_TO_CALL.matcher(text).find() && !elsewhere) {
            return Optional.of(departures.whoToCall(lang, country.get()));
        }
        if (RiskyDepartures.FREE_TRAVEL.matcher(text).find() && !elsewhere) {
            return Optional.of(departures.freeTravel(lang, country.get()));
        }
        return Optional.empty();
    }

    @Override
    public Optional<List<Reply>> answer(Turn turn, Analysis analysis) {
        Optional<List<Reply>> there = thereNow(turn, analysis);
        if (there.isPresent()) {
            return there;
        }
        return fromContext(turn, analysis) || addsASign(turn, analysis)
                ? Optional.of(offers.respond(turn, analysis))
                : Optional.empty();
    }

    @Override
    public Optional<List<Reply>> besideHotlines(Turn turn, Analysis analysis) {
        Optional<List<Reply>> there = thereNow(turn, analysis);
        if (there.isPresent()) {
            return there;
        }
        return fromContext(turn, analysis)
                ? Optional.of(offers.respond(turn, analysis))
                : Optional.empty();
    }

    /**
     * Someone already in a country with no placement agreement (named in the conversation) asks for
     * the Indonesian mission there, or how to leave without the passport the company keeps: the
     * mission of that country (FACTS 12.12), whose number FACTS lacks, reached through the Kemlu
     * hotline or Safe Travel; its SPLP travel document (12.12, fee 10.1). Asked inside an open
     * emergency too: the router hands such a question here before any other answer.
     */
    private Optional<List<Reply>> thereNow(Turn turn, Analysis analysis) {
        String text = analysis.text().toLowerCase(Locale.ROOT);
        boolean mission = MISSION_ASKED.matcher(text).find();
        boolean noPassport = OUT_WITHOUT_PASSPORT.matcher(text).find();
        if (!mission && !noPassport) {
            return Optional.empty();
        }
        List<String> named = analysis.entities().destinations();
        Optional<String> country =
                named.stream()
                        .filter(RiskyDepartures.NO_PLACEMENT::contains)
                        .findFirst()
                        .or(() -> RiskyDepartures.noPlacementCountry(contexts.of(turn)));
        if (country.isEmpty()
                || named.stream().anyMatch(c -> !RiskyDepartures.NO_PLACEMENT.contains(c))) {
            return Optional.empty();
        }
        String lang = turn.language();
        return Optional.of(
                noPassport
                        ? departures.withoutPassport(lang, country.get())
                        : departures.missionThere(lang, country.get()));
    }

    /**
     * A sign told on its own after an offer with signs ("tanta bilang jang kasi tau siapa2", trial
     * 16 D1): checked with the offer's earlier signs, not answered as a greeting. A question keeps
     * its own answer.
     */
    private boolean addsASign(Turn turn, Analysis analysis) {
        if (Questions.isQuestion(analysis.text())) {
            return false;
        }
        Set<String> own = new HashSet<>();
        checker.check(analysis.text(), analysis.flags()).forEach(h -> own.add(h.flagId()));
        return !own.isEmpty() && !own.containsAll(contexts.of(turn).flags());
    }

    /**
     * A caller posing as an official who wants money, or a child under 18 with a plan to go abroad
     * told (not asked about: "can a 17-year-old go?" keeps its topic's answer).
     */
    private boolean fromContext(Turn turn, Analysis analysis) {
        boolean impersonation =
                checker.check(analysis.text(), analysis.flags()).stream()
                        .anyMatch(h -> h.flagId().equals(IMPERSONATION));
        if (impersonation) {
            return true;
        }
        boolean tellsOfIt =
                !analysis.entities().destinations().isEmpty()
                        || analysis.entities().namesAMinor()
                        || Departures.soon(analysis.text())
                        || !checker.check(analysis.text(), analysis.flags()).isEmpty();
        OfferContext context = contexts.of(turn);
        return tellsOfIt
                && context.flags().contains(OfferContexts.UNDERAGE)
                && !context.countries().isEmpty()
                && (context.departingSoon() || context.flags().size() > 1)
                // "what must I do so she does not go? They leave on Saturday" is no rule question
                && (!Questions.isQuestion(analysis.text()) || Departures.soon(analysis.text()));
    }
}
