package id.migrasiaman.answers;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.Recall;
import id.migrasiaman.knowledge.Answers;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "biaya nya berapa total?", "ujian bahasa korea nya kapan dan bayar berapa?", "umur maksimal
 * berapa untuk korea?", "tokutei ginou atau magang, mana yang lebih murah? gaji berapa?": the cost,
 * waiting time, language test, age limit and pay of the government routes to Korea (EPS), Japan and
 * Germany are in no source of ours (FACTS 2.7 names the countries and Korea's sectors only; 10.14:
 * no official total time). They got a neighbouring card (the general costs, the minimum age) that
 * answered another question (trial 15, D15). The answer now says plainly what we do not know and
 * whom to ask, with what we do know, never a guessed figure. Asked about one of those countries, or
 * right after the G-to-G or Japan card.
 */
@Component
// After the guide's own questions (47): inside the guide its step answers, with the route's notes.
@Order(48)
class GovernmentRouteUnknowns implements MessageInterceptor {

    /** Longer than a question: a story or an offer, left to their own answers. */
    static final int MAX_WORDS = 30;

    private static final Set<String> ROUTE_TOPICS = Set.of("government-programs", "japan-routes");

    /** What is asked, in the order the answer names it, with the words that ask it. */
    private static final Map<String, Pattern> ASKED = new LinkedHashMap<>();

    static {
        ASKED.put(
                "cost",
                Pattern.compile(
                        "\\b(biaya\\S*|bayar\\S*|ongkos\\S*|harga\\S*|mahal|murah|modal\\S*|cost|costs"
                                + "|fee|fees|price|expensive|cheap|cheaper|how much)\\b"));
        ASKED.put(
                "time",
                Pattern.compile(
                        "\\b((berapa|brp|barapa) lama|lama(nya)? (proses|tunggu|nunggu|antri)"
                                + "|sampai berangkat|kapan (bisa )?berangkat|how long|waiting time)\\b"));
        ASKED.put(
                "exam",
                Pattern.compile(
                        "\\b(ujian\\S*|tes|test|exam\\S*|topik|eps-topik|jlpt|jft|jadwal\\S*"
                                + "|schedule)\\b"));
        ASKED.put("age", Pattern.compile("\\b(umur\\S*|usia\\S*|age|old)\\b"));
        ASKED.put("pay", Pattern.compile("\\b(gaji\\S*|upah\\S*|salary|wage|wages|earn)\\b"));
    }

    /** Words of working abroad: a question naming Korea with one of them is about the route. */
    private static final Pattern WORK =
            Pattern.compile(
                    "\\b(kerja|karja|bekerja|eps|g to g|g2g|tokutei|ginou|ssw|magang|pmi|tki|tkw"
                            + "|program|jalur|lowongan|work|job|jobs|employ\\S*|worker|workers"
                            + "|internship|caregiver|perawat)\\b");

    /** The country a question names, by the route's key in the texts. */
    private static final Map<String, Pattern> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("KR", Pattern.compile("\\b(korea\\S*|korsel|eps)\\b"));
        ROUTES.put(
                "JP",
                Pattern.compile("\\b(jepang|japan\\S*|tokutei|ginou|ssw|magang jepang|jitco)\\b"));
        ROUTES.put("DE", Pattern.compile("\\b(jerman|germany|german)\\b"));
    }

    private final Answers answers;
    private final Texts texts;
    private final Menus menus;
    private final Clock clock;

    GovernmentRouteUnknowns(Answers answers, Texts texts, Menus menus, Clock clock) {
        this.answers = answers;
        this.texts = texts;
        this.menus = menus;
        this.clock = clock;
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        if (turn.state().active() != null
                || !(turn.message().content() instanceof Content.Text typed)
                || Questions.words(typed.text()) > MAX_WORDS
                || !Questions.isQuestion(typed.text())) {
            return Optional.empty();
        }
        String text = typed.text().toLowerCase(Locale.ROOT);
        List<String> asked = asked(text);
        Optional<Recall> card = routeCard(turn);
        // "biaya nya berapa total?" right after "kerja ke korea lewat EPS?" is about Korea.
        Optional<String> route =
                route(text)
                        .or(() -> card.flatMap(r -> route(r.question().toLowerCase(Locale.ROOT))));
        // A concert ticket to Korea is no route: a named country counts with a word of work.
        boolean aboutWork = card.isPresent() || WORK.matcher(text).find();
        if (asked.isEmpty() || (route.isEmpty() && card.isEmpty()) || !aboutWork) {
            return Optional.empty();
        }
        String chosen = route.orElse("G2G");
        // "umur 35 masih bisa ko?" next is about the same route (trial 16, D24).
        AnswerContext.rememberTopic(
                turn,
                topicOf(chosen),
                card.map(r -> r.question() + " ").orElse("") + typed.text(),
                clock.instant());
        return Optional.of(List.of(answer(turn.language(), chosen, asked)));
    }

    private static List<String> asked(String text) {
        List<String> asked = new ArrayList<>();
        ASKED.forEach(
                (aspect, words) -> {
                    if (words.matcher(text).find()) {
                        asked.add(aspect);
                    }
                });
        return asked;
    }

    private static Optional<String> route(String text) {
        return ROUTES.entrySet().stream()
                .filter(e -> e.getValue().matcher(text).find())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static String topicOf(String route) {
        return "JP".equals(route) ? "japan-routes" : "government-programs";
    }

    /** The G-to-G or Japan card just answered, if it was. */
    private Optional<Recall> routeCard(Turn turn) {
        return AnswerContext.recall(turn.state(), clock.instant())
                .filter(r -> r.kind() == Recall.Kind.TOPIC && ROUTE_TOPICS.contains(r.topicId()));
    }

    private Reply answer(String lang, String route, List<String> asked) {
        List<String> named =
                asked.stream().map(a -> texts.get(lang, "routes.unknown." + a)).toList();
        String unknowns =
                named.size() == 1
                        ? named.get(0)
                        : String.join(", ", named.subList(0, named.size() - 1))
                                + " "
                                + texts.get(lang, "routes.unknown.and")
                                + " "
                                + named.get(named.size() - 1);
        String topic = topicOf(route);
        // Headed by the route's topic: it is that topic's question, answered where it ends.
        StringBuilder html = new StringBuilder();
        answers.answer(topic, lang)
                .ifPresent(a -> html.append("<b>").append(Html.escape(a.title())).append("</b>\n"));
        html.append(
                texts.get(
                        lang,
                        "routes.unknown.lead",
                        texts.get(lang, "routes.unknown.route." + route),
                        unknowns));
        html.append("\n\n").append(texts.get(lang, "routes.unknown.known." + route));
        if (asked.contains("age")) {
            html.append("\n").append(texts.get(lang, "routes.unknown.minimum"));
        }
        html.append("\n").append(texts.get(lang, "routes.unknown.nopay"));
        return Reply.withButtons(
                html.toString(),
                List.of(
                        List.of(
                                new Reply.Button(
                                        texts.get(lang, "routes.unknown.card"),
                                        AnswerReplies.TOPIC + topic)),
                        List.of(menus.backButton(lang))));
    }
}
