package id.migrasiaman.route;

import id.migrasiaman.conversation.AnswerFirst;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.route.RouteBook.Office;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.core.Ordered;

/**
 * "Alamat disnaker di mana?", "BP3MI buka jam berapa?", "buku pelaut bikin di mana?": a question
 * about an office of the legal route gets that office as {@code offices.yml} knows it (what it
 * does, the address where a source gives one) and, for every detail no source gives, whom to ask.
 * The seaman's book, which no source covers, gets the offices to ask and nothing guessed. Black-box
 * testers got the off-topic refusal or an unrelated topic for these.
 */
final class OfficeQuestions implements MessageInterceptor, AnswerFirst, Ordered {

    /** Before the follow-ups (50): "jam buka disnaker?" after an answer asks for the office. */
    static final int ORDER = 45;

    /** Offices to ask about a document no source covers (FACTS 9.1, 1.11, 5.1). */
    private static final List<String> ASK_OFFICES =
            List.of("disnakertrans-kab-kupang", "bp3mi-ntt");

    private static final List<String> ASK_LINES = List.of("kp2mi-call-center", "kp2mi-whatsapp");

    /** FACTS rows of what the seaman's book answer says it knows (4.1, 1.5). */
    private static final List<String> SEAMANS_BOOK_FACTS = List.of("4.1", "1.5");

    private static final int MAX_SOURCES = 3;

    private final Supplier<RouteBook> books;
    private final Texts texts;
    private final Menus menus;

    OfficeQuestions(Supplier<RouteBook> books, Texts texts, Menus menus) {
        this.books = books;
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        if (!(turn.message().content() instanceof Content.Text typed)
                || turn.state().active() != null) {
            return Optional.empty();
        }
        return officeAsked(turn, typed.text());
    }

    /**
     * Asked once the flow it came in is over ("beta mau lapor polisi, kantor polisi di mana?" right
     * after a family report was sent, trial 17 D1), or beside a flow: answered the same way.
     */
    @Override
    public Optional<List<Reply>> answer(Turn turn, Analysis analysis) {
        return officeAsked(turn, analysis.text());
    }

    private Optional<List<Reply>> officeAsked(Turn turn, String text) {
        if (!Questions.isQuestion(text)) {
            return Optional.empty();
        }
        String lang = turn.language();
        if (OfficeWords.seamansBook(text)) {
            return Optional.of(List.of(reply(seamansBook(lang), lang)));
        }
        return OfficeWords.officeAskedFor(text)
                .map(id -> books.get().offices().get(id))
                .map(office -> List.of(reply(card(office, lang), lang)));
    }

    private String card(Office office, String lang) {
        RouteBook book = books.get();
        String html = "🏢 " + new StepView(texts, book, lang).office(office);
        String sources = sources(book, office.facts());
        return sources.isEmpty() ? html : html + "\n\n" + texts.get(lang, "route.sources", sources);
    }

    private String seamansBook(String lang) {
        RouteBook book = books.get();
        StepView view = new StepView(texts, book, lang);
        List<String> offices =
                ASK_OFFICES.stream()
                        .map(book.offices()::get)
                        .filter(o -> o != null)
                        .map(o -> Html.escape(o.shortName().in(lang)))
                        .toList();
        List<String> lines = ASK_LINES.stream().map(view::line).filter(l -> !l.isEmpty()).toList();
        return texts.get(
                        lang,
                        "route.seamansbook",
                        String.join(", ", offices),
                        String.join("\n", lines.stream().map(l -> "• " + l).toList()))
                + "\n\n"
                + texts.get(lang, "route.sources", sources(book, SEAMANS_BOOK_FACTS));
    }

    /** The first source of each FACTS row, at most {@value #MAX_SOURCES}. */
    private static String sources(RouteBook book, List<String> facts) {
        Set<String> links = new LinkedHashSet<>();
        facts.stream()
                .map(book.facts()::get)
                .filter(f -> f != null && !f.sources().isEmpty())
                .map(f -> f.sources().get(0))
                .forEach(
                        s ->
                                links.add(
                                        "<a href=\""
                                                + Html.escape(s.url())
                                                + "\">"
                                                + Html.escape(s.publisher())
                                                + "</a>"));
        return String.join(
                ", ", new ArrayList<>(links).subList(0, Math.min(MAX_SOURCES, links.size())));
    }

    private Reply reply(String html, String lang) {
        return Reply.withButtons(
                html,
                List.of(
                        List.of(
                                new Reply.Button(
                                        texts.get(lang, "menu.route"), RouteGuide.PREFIX + "s")),
                        List.of(menus.backButton(lang))));
    }
}
