package id.migrasiaman.answers;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Flow;
import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.IntentResponder;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.OfferState;
import id.migrasiaman.conversation.flows.OfferStep;
import id.migrasiaman.conversation.flows.Recall;
import id.migrasiaman.knowledge.Answers;
import id.migrasiaman.knowledge.OfferChecker;
import id.migrasiaman.knowledge.RedFlagHit;
import id.migrasiaman.knowledge.Retrieval;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.TextAnalyser;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Checks a job offer against red-flags.yml: the warning signs found (by the editors' patterns and
 * by the language models) with why they matter, what the legal route looks like, and a button to
 * report the recruiter (pre-filled with the offer). When none is found it never says the offer is
 * safe: the bot knows only some signs, so it gives the five questions to ask any recruiter.
 */
@Component
class OfferCheck implements IntentResponder, ButtonAction, Flow {

    /** The red flag of a recruit under 18 (or an age changed): see content/red-flags.yml. */
    private static final String UNDERAGE = OfferContexts.UNDERAGE;

    /** The red flag of the documented broker routes (Nunukan, Tawau, Batam …). */
    static final String ROUTE = "irregular-route";

    /** The red flag of a caller posing as an official who asks for money. */
    static final String IMPERSONATION = "official-impersonation";

    static final String NAME = OfferState.NAME;

    private final OfferChecker checker;
    private final Texts texts;
    private final Menus menus;
    private final Retrieval retrieval;
    private final Answers answers;
    private final Clock clock;
    private final TextAnalyser analyser;
    private final OfferContexts contexts;

    OfferCheck(
            OfferChecker checker,
            Texts texts,
            Menus menus,
            Retrieval retrieval,
            Answers answers,
            Clock clock,
            TextAnalyser analyser,
            OfferContexts contexts) {
        this.contexts = contexts;
        this.checker = checker;
        this.analyser = analyser;
        this.texts = texts;
        this.menus = menus;
        this.retrieval = retrieval;
        this.answers = answers;
        this.clock = clock;
    }

    @Override
    public Intent intent() {
        return Intent.OFFER_CHECK;
    }

    @Override
    public List<Reply> respond(Turn turn, Analysis analysis) {
        if (WagesNow.told(analysis.text())) {
            // Wages withheld from someone at work now: a labour problem, not an offer (trial 18,
            // D1): that it is a warning sign, whom to complain to, and the topic one tap away.
            return List.of(wagesNow(turn, analysis));
        }
        anotherOffer(turn, analysis);
        return check(turn, analysis.text(), analysis.flags());
    }

    private Reply wagesNow(Turn turn, Analysis analysis) {
        String lang = turn.language();
        String country =
                analysis.entities().destinations().stream()
                        .findFirst()
                        .orElse(turn.state().whereabouts());
        StringBuilder html = new StringBuilder(texts.get(lang, "offer.wages.now"));
        if (WagesNow.crew(analysis.text())) {
            html.append("\n").append(texts.get(lang, "offer.wages.crew"));
        }
        html.append("\n")
                .append(texts.get(lang, "abroad.hurt.wages"))
                .append("\n")
                .append(Abroad.mission(texts, lang, country));
        return AnswerReplies.withTopic(
                html.toString(),
                texts.get(lang, "abroad.hurt.card"),
                "unpaid-wages-abroad",
                menus.backButton(lang));
    }

    @Override
    public String prefix() {
        return Menus.CHECK_OFFER;
    }

    @Override
    public boolean accepts(String value) {
        return value.isEmpty();
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        // The person asks to check an offer: whatever the next text says is judged on its own.
        contexts.startOver(turn);
        turn.update(turn.state().withFlow(new OfferState(OfferStep.DESCRIBE)));
        return List.of(
                Reply.withButtons(
                        texts.get(turn.language(), "offer.ask"),
                        List.of(List.of(menus.backButton(turn.language())))));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Reply> next(Turn turn) {
        if (turn.state().active(OfferState.class).map(OfferState::step).orElse(null)
                != OfferStep.DESCRIBE) {
            return List.of();
        }
        if (turn.message().content() instanceof Content.Text text && tooShort(text.text())) {
            // A stray "3" or "ok" is no offer: "no signs found" would be a false comfort.
            return resume(turn);
        }
        if (turn.message().content() instanceof Content.Text text && !text.text().isBlank()) {
            Analysis analysis = analyser.analyse(text.text());
            anotherOffer(turn, analysis);
            return check(turn, text.text(), analysis.flags());
        }
        // A photographed offer with a caption: the caption is read like a text.
        if (turn.message().content() instanceof Content.Media media
                && media.caption() != null
                && !media.caption().isBlank()) {
            return check(turn, media.caption(), analyser.analyse(media.caption()).flags());
        }
        return List.of(Reply.text(texts.get(turn.language(), "offer.ask")));
    }

    /** Back at the offer check after an interruption: asks for the offer again, clearly. */
    @Override
    public List<Reply> resume(Turn turn) {
        return List.of(
                Reply.withButtons(
                        texts.get(turn.language(), "offer.ask"),
                        List.of(List.of(menus.backButton(turn.language())))));
    }

    /**
     * A text naming another destination than the offer checked just before is another offer ("satu
     * lagi, PT … tawarin kerja di Korea" after a Malaysia ad): the earlier offer's signs are not
     * carried into it (trial 17, D19). A text adding to the same offer (its route, an age) keeps
     * them.
     */
    private void anotherOffer(Turn turn, Analysis analysis) {
        List<String> named = analysis.entities().destinations();
        if (named.isEmpty()) {
            return;
        }
        String before =
                Optional.ofNullable(turn.state().recall())
                        .filter(r -> r.kind() == Recall.Kind.OFFER)
                        .map(Recall::offer)
                        .orElse("");
        if (before.isBlank() || before.equals(analysis.text())) {
            return;
        }
        List<String> earlier = analyser.analyse(before).entities().destinations();
        if (!earlier.isEmpty() && earlier.stream().noneMatch(named::contains)) {
            contexts.startOver(turn);
            contexts.heard(turn, analysis);
        }
    }

    /** Fewer than two words, or no letter at all: nothing an offer check could read. */
    private static boolean tooShort(String text) {
        String plain = text.strip();
        return !plain.isEmpty()
                && (plain.split("\\s+").length < 2 || !plain.matches("(?s).*\\p{L}.*"));
    }

    private List<Reply> check(Turn turn, String offer, List<String> understood) {
        String lang = turn.language();
        OfferContext context = contexts.of(turn);
        // The signs told in earlier messages count too: an age in the first, the route in the
        // second (trial 13, D6, D27).
        Set<String> signs = new TreeSet<>(understood);
        signs.addAll(context.flags());
        List<RedFlagHit> hits = checker.check(offer, signs);
        StringBuilder html = new StringBuilder();
        boolean minor = hits.stream().anyMatch(h -> UNDERAGE.equals(h.flagId()));
        boolean abroad = !context.countries().isEmpty() || hits.size() > 1;
        // A parent or a relative telling of a child gets "do not let her go"; the child herself
        // ("umur beta baru 16, ada yang ajak karja di Malaysia") gets whom to tell, below.
        // Her age may have come in an earlier message ("aku umur 15 thn", then the offer).
        boolean ownAge = OwnAge.given(offer) || context.writerMinor();
        if (minor && abroad && !ownAge) {
            // A child cannot be placed abroad at all (UU 18/2017 Pasal 5): said first, plainly.
            html.append(texts.get(lang, "offer.minor.abroad"));
            if (context.departingSoon()) {
                html.append("\n").append(texts.get(lang, "offer.minor.soon"));
            }
            html.append("\n\n");
        }
        if (minor && abroad && ownAge) {
            // The child herself: no legal version of this offer exists for her (trial 15, D7).
            html.append(texts.get(lang, "context.offer.minor.self")).append("\n\n");
        }
        if (hits.stream().anyMatch(h -> IMPERSONATION.equals(h.flagId()))) {
            // A caller posing as an official who wants money: said plainly before the list (D42).
            html.append(texts.get(lang, "offer.scam.lead")).append("\n\n");
        }
        if (hits.isEmpty()) {
            html.append(texts.get(lang, "offer.none"));
            html.append("\n\n").append(texts.get(lang, "offer.questions"));
        } else {
            html.append(texts.get(lang, "offer.found", hits.size()));
            for (RedFlagHit hit : hits) {
                html.append("\n\n🚩 <b>")
                        .append(Html.escape(hit.title().in(lang)))
                        .append("</b>\n")
                        .append(Html.escape(hit.explanation().in(lang)));
            }
            if (hits.stream().anyMatch(h -> ROUTE.equals(h.flagId()))) {
                // On the route now: it is not too late to stop (FACTS 6, 11.4).
                html.append("\n\n").append(texts.get(lang, "offer.route.stop"));
            }
            if (!(minor && abroad && ownAge)) {
                // The legal route is no answer for a child, who may not go at all.
                html.append("\n\n").append(texts.get(lang, "offer.legal"));
            }
            if (minor && !abroad) {
                // A child being recruited: who to tell now (SAPA 129, FACTS 5.3 and 9.16).
                html.append("\n\n").append(texts.get(lang, "offer.minor"));
            }
        }
        // Kept so "report this recruiter" can start the report with the offer as its first answer,
        // and a follow-up ("itu legal ko?") can refer to it.
        turn.update(
                turn.state()
                        .withFlow(new OfferState(OfferStep.CHECKED))
                        .withRecall(Recall.offer(offer, clock.instant())));
        List<List<Reply.Button>> rows = offerRows(texts, lang);
        // A question inside the offer ("is a tourist visa enough?") also gets its curated topic.
        retrieval
                .topicFor(offer)
                .filter(id -> !id.equals("legal-steps") && !id.equals("licensed-agency"))
                .flatMap(id -> answers.answer(id, lang))
                .ifPresent(
                        a ->
                                rows.add(
                                        List.of(
                                                new Reply.Button(
                                                        "📘 " + a.label(),
                                                        AnswerReplies.TOPIC + a.topicId()))));
        // Those weighing an offer are the people the returned workers' stories are for.
        rows.add(List.of(new Reply.Button(texts.get(lang, "offer.stories"), "s:read:0")));
        rows.add(List.of(menus.backButton(lang)));
        return List.of(Reply.withButtons(html.toString(), rows));
    }

    /**
     * The buttons under a checked offer and under a follow-up about it: report this recruiter, the
     * legal steps, how to check an agency.
     */
    static List<List<Reply.Button>> offerRows(Texts texts, String lang) {
        List<List<Reply.Button>> rows = new java.util.ArrayList<>();
        rows.add(List.of(new Reply.Button(texts.get(lang, "offer.report"), "r:fromoffer")));
        rows.add(
                List.of(
                        new Reply.Button(
                                texts.get(lang, "offer.learn"),
                                AnswerReplies.TOPIC + "legal-steps")));
        rows.add(
                List.of(
                        new Reply.Button(
                                texts.get(lang, "offer.agency"),
                                AnswerReplies.TOPIC + "licensed-agency")));
        return rows;
    }
}
