package id.migrasiaman.answers;

import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.knowledge.OfferChecker;
import id.migrasiaman.knowledge.RedFlagHit;
import id.migrasiaman.nlp.TextAnalyser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A follow-up about the offer just checked, answered from that offer: its own warning signs first
 * (going "only for three months" or "he says it is safe" changes none of them); a cost question
 * speaks of the offer's own cost (a salary deduction is a cost too, trial 11 D21); a document or
 * money already handed over gets what to do now; how to check the company uses the company and
 * licence the offer named and the SISKOP2MI address (FACTS 3.3).
 */
@Component
class OfferFollowUps {

    private static final String FEES = "upfront-fees";

    private static final String SCAM = "online-scam";

    /** A follow-up that asks how to check the company or its licence. */
    private static final Pattern ASKS_TO_CHECK =
            Pattern.compile("\\b(cek|check|periksa|memeriksa|siskop2mi|verify|look up)\\b");

    private final TextAnalyser analyser;
    private final OfferChecker checker;
    private final AnswerReplies replies;
    private final Texts texts;
    private final Menus menus;

    OfferFollowUps(
            TextAnalyser analyser,
            OfferChecker checker,
            AnswerReplies replies,
            Texts texts,
            Menus menus) {
        this.analyser = analyser;
        this.checker = checker;
        this.replies = replies;
        this.texts = texts;
        this.menus = menus;
    }

    /**
     * The replies to {@code question} (of {@code aspect}) about {@code offer}, with the signs
     * {@code earlier} messages of the conversation told ({@link OfferContexts}).
     */
    List<Reply> answer(
            String lang,
            String offer,
            String question,
            FollowUpQuestion.Aspect aspect,
            OfferContext earlier) {
        // The same signs as the check itself showed: the patterns, the offer model's flags and
        // what the conversation said before ("aman ko?" after Nunukan and a passport held, D27).
        Set<String> signs = new TreeSet<>(analyser.analyse(offer).flags());
        signs.addAll(earlier.flags());
        List<RedFlagHit> hits = checker.check(offer, signs);
        OfferTerms terms = OfferTerms.of(offer);
        boolean scamTravel =
                aspect == FollowUpQuestion.Aspect.COST
                        && RiskyDepartures.FREE_TRAVEL
                                .matcher(question.toLowerCase(Locale.ROOT))
                                .find()
                        && (hits.stream().anyMatch(h -> h.flagId().equals(SCAM))
                                || earlier.countries().stream()
                                        .anyMatch(RiskyDepartures.NO_PLACEMENT::contains));
        boolean child =
                earlier.writerMinor()
                        && signs.contains(OfferContexts.UNDERAGE)
                        && CHILD_ASKS.contains(aspect);
        String html =
                child
                        ? texts.get(lang, "context.offer.minor.self")
                        : switch (aspect) {
                            case COST ->
                                    scamTravel
                                            ? texts.get(lang, "context.offer.freetravel")
                                                    + "\n\n"
                                                    + legality(lang, hits)
                                            : cost(lang, hits, terms);
                            case GIVEN_DOCUMENTS ->
                                    texts.get(lang, "context.offer.given.documents");
                            case GIVEN_MONEY -> texts.get(lang, "context.offer.given.money");
                            case SECRET -> texts.get(lang, "context.offer.secret");
                            case PUSHBACK -> pushedBack(lang, offer, question, hits);
                            case LOAN -> cost(lang, hits, terms);
                            case TRY -> tryOnly(lang, hits) + questionsAndCheck(lang, terms);
                            default -> byDefault(lang, question, hits, terms);
                        };
        List<List<Reply.Button>> rows = OfferCheck.offerRows(texts, lang);
        rows.add(List.of(menus.backButton(lang)));
        List<Reply> out = new ArrayList<>();
        out.add(Reply.withButtons(html, rows));
        boolean costCard =
                (aspect == FollowUpQuestion.Aspect.COST && !scamTravel)
                        || aspect == FollowUpQuestion.Aspect.LOAN;
        if (costCard && !child) {
            out.addAll(replies.answer("costs", lang).orElse(List.of()));
        }
        return out;
    }

    /**
     * How to check the company; how to search SISKOP2MI step by step, which no source of ours
     * describes (FACTS 13.11, 15.3: trial 16 D17 got the same paragraph a third time); otherwise
     * whether the offer is legal.
     */
    private String byDefault(
            String lang, String question, List<RedFlagHit> hits, OfferTerms terms) {
        String lower = question.toLowerCase(Locale.ROOT);
        if (!ASKS_TO_CHECK.matcher(lower).find()) {
            return legality(lang, hits) + questionsAndCheck(lang, terms);
        }
        if (SISKOP2MI_STEPS.matcher(lower).find()) {
            String named = licence(lang, terms).strip();
            return texts.get(
                            lang,
                            "context.offer.siskop2mi.steps",
                            terms.company()
                                    .map(Html::escape)
                                    .orElse(texts.get(lang, "context.offer.the.company")))
                    + (named.isEmpty() ? "" : "\n" + named);
        }
        return howToCheck(lang, terms);
    }

    /** How to use SISKOP2MI itself: its menus and fields are in no source of ours. */
    private static final Pattern SISKOP2MI_STEPS =
            Pattern.compile(
                    "\\b(cara|caranya|bagaimana|bgmn|gimana|gmn|karmana|langkah\\S*|step\\S*|how|tutorial"
                            + "|panduan)\\b.*\\bsiskop2mi\\b|\\bsiskop2mi\\b.*\\b(cara|caranya|bagaimana"
                            + "|bgmn|gimana|gmn|karmana|langkah\\S*|step\\S*|how|tutorial|panduan)\\b");

    /**
     * What a child who told her own age may ask after the offer ("aku harus gmn kak?", "itu legal
     * ko?"): for her there is no legal version of the offer, so each gets "you cannot go, tell an
     * adult, SAPA 129", never the checklist for a company (trial 15, D7). Going secretly and
     * something already handed over keep their own answers.
     */
    private static final Set<FollowUpQuestion.Aspect> CHILD_ASKS =
            java.util.EnumSet.of(
                    FollowUpQuestion.Aspect.HOW,
                    FollowUpQuestion.Aspect.TRY,
                    FollowUpQuestion.Aspect.LEGALITY,
                    FollowUpQuestion.Aspect.PLACE,
                    FollowUpQuestion.Aspect.DOCUMENTS,
                    FollowUpQuestion.Aspect.TIME,
                    FollowUpQuestion.Aspect.COST,
                    FollowUpQuestion.Aspect.LOAN,
                    FollowUpQuestion.Aspect.PUSHBACK);

    /** Countries Indonesia has no placement agreement with, named in an offer (FACTS 12.5). */
    private static final Pattern NO_PLACEMENT =
            Pattern.compile(
                    "\\b(kamboja|cambodia|kemboja|phnom penh|poipet|sihanoukville|myanmar|burma"
                            + "|myawaddy|thailand|thai|bangkok|mae sot|laos)\\b");

    /**
     * "tapi teman sa su di sana 1 tahun aman2 sa": a friend's good story does not make this offer
     * safe (people are drawn in by those close to them, FACTS §6); the offer's signs still stand; a
     * country with no placement agreement is named as such (FACTS 12.4, 12.5); check with BP3MI or
     * the Disnaker and do not force yourself to go (FACTS 12.12).
     */
    private String pushedBack(String lang, String offer, String question, List<RedFlagHit> hits) {
        StringBuilder html =
                new StringBuilder(
                        texts.get(
                                lang,
                                RecruiterKin.trusted(question)
                                        ? "context.offer.pushback.kin"
                                        : "context.offer.pushback"));
        if (!hits.isEmpty()) {
            html.append("\n\n")
                    .append(
                            texts.get(
                                    lang,
                                    "context.offer.pushback.flags",
                                    hits.size(),
                                    titles(hits, lang)));
        }
        if (NO_PLACEMENT.matcher(offer.toLowerCase(Locale.ROOT)).find()) {
            html.append("\n\n").append(texts.get(lang, "context.offer.pushback.noplacement"));
        }
        return html.append("\n\n")
                .append(texts.get(lang, "context.offer.pushback.check"))
                .toString();
    }

    private String cost(String lang, List<RedFlagHit> hits, OfferTerms terms) {
        StringBuilder html = new StringBuilder(texts.get(lang, "context.offer.lead"));
        boolean fees = hits.stream().anyMatch(h -> h.flagId().equals(FEES));
        if (fees && terms.deducted()) {
            html.append(' ').append(texts.get(lang, "context.offer.deduction"));
        }
        if (fees && (terms.upFront() || !terms.deducted())) {
            html.append(' ').append(texts.get(lang, "context.offer.fee"));
        }
        List<RedFlagHit> others = hits.stream().filter(h -> !h.flagId().equals(FEES)).toList();
        if (!others.isEmpty()) {
            html.append("\n\n")
                    .append(texts.get(lang, "context.offer.others", titles(others, lang)));
        }
        return html.toString();
    }

    private String tryOnly(String lang, List<RedFlagHit> hits) {
        return hits.isEmpty()
                ? texts.get(lang, "context.offer.try.none")
                : texts.get(lang, "context.offer.try.flags", hits.size(), titles(hits, lang));
    }

    private String legality(String lang, List<RedFlagHit> hits) {
        if (hits.isEmpty()) {
            return texts.get(lang, "context.offer.legal.none");
        }
        String flags =
                texts.get(lang, "context.offer.legal.flags", hits.size(), titles(hits, lang));
        // "kami aman kok" on the broker's route: it is not too late to stop (D27).
        return hits.stream().anyMatch(h -> h.flagId().equals(OfferCheck.ROUTE))
                ? flags + "\n\n" + texts.get(lang, "offer.route.stop")
                : flags;
    }

    private String questionsAndCheck(String lang, OfferTerms terms) {
        return "\n\n" + texts.get(lang, "offer.questions") + "\n\n" + howToCheck(lang, terms);
    }

    /** With the company the offer named (and its licence number), else what to ask for. */
    private String howToCheck(String lang, OfferTerms terms) {
        if (terms.company().isEmpty()) {
            return texts.get(lang, "context.offer.legal.check");
        }
        String company = Html.escape(terms.company().get());
        return texts.get(lang, "context.offer.named.check", company) + licence(lang, terms);
    }

    /** The licence the offer named, to look up beside the company; empty when it named none. */
    private String licence(String lang, OfferTerms terms) {
        return terms.licence()
                .map(l -> " " + texts.get(lang, "context.offer.named.licence", Html.escape(l)))
                .orElse("");
    }

    private static String titles(List<RedFlagHit> hits, String lang) {
        return hits.stream()
                .map(h -> "🚩 " + Html.escape(h.title().in(lang)))
                .collect(Collectors.joining(", "));
    }
}
