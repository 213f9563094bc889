package id.migrasiaman.route;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.knowledge.Retrieval;
import id.migrasiaman.route.RouteBook.Plan;
import id.migrasiaman.route.RouteBook.Step;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.springframework.core.Ordered;

/**
 * A question typed while the guide is on screen is answered in the guide: "bisa daftar online sa
 * ko?" right after "🤔 Saya ragu" gets the registration step of the person's own route (country,
 * kind of work, the G to G wording), and "berapa lama sampai berangkat?" gets what FACTS says about
 * the duration. The person's place does not move, and a button leads back to the step. Black-box
 * testers had such questions refused as off-topic, and the guide lost (trial 11, D1 and D3).
 *
 * <p>After "Saya ragu" any short message is the question it invited; otherwise only a question that
 * retrieval places in a step of the route, or one about the duration, is taken. Everything else
 * (another topic, a report) is routed as usual.
 */
final class GuideQuestions implements MessageInterceptor, Ordered {

    /** After the office questions (45), before the follow-ups of a topic answer (50). */
    static final int ORDER = 47;

    /** Longer than a question: a story or an offer pasted to be checked. */
    static final int MAX_WORDS = 40;

    /** The FACTS row on how long the whole route takes (routes.yml, total_duration). */
    private static final List<String> DURATION_FACTS = List.of("10.14");

    /** The FACTS rows of what carries over to another country: the documents, the SKCK. */
    private static final List<String> SWITCH_FACTS = List.of("1.3", "2.2", "10.11");

    private final Supplier<RouteBook> books;
    private final RouteProgressStore store;
    private final GuideInView inView;
    private final Retrieval retrieval;
    private final Texts texts;
    private final Menus menus;
    private final Clock clock;

    GuideQuestions(
            Supplier<RouteBook> books,
            RouteProgressStore store,
            GuideInView inView,
            Retrieval retrieval,
            Texts texts,
            Menus menus,
            Clock clock) {
        this.books = books;
        this.store = store;
        this.inView = inView;
        this.retrieval = retrieval;
        this.texts = texts;
        this.menus = menus;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        if (!(turn.message().content() instanceof Content.Text typed)
                || typed.text().isBlank()
                || turn.state().active() != null
                || Questions.words(typed.text()) > MAX_WORDS) {
            return Optional.empty();
        }
        String id = turn.message().conversationId();
        Optional<GuideInView.Seen> seen = inView.at(id, clock.instant());
        boolean invited = seen.map(GuideInView.Seen::invited).orElse(false);
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        RouteBook book = books.get();
        Optional<RouteProgress> progress = store.find(id);
        Optional<Plan> plan = progress.flatMap(p -> RouteGuide.plan(book, p));
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        String text = typed.text();
        String lang = turn.language();
        Optional<String> otherCountry = switchTo(book, progress.get(), text);
        if (otherCountry.isPresent()) {
            inView.shown(id, clock.instant(), false);
            return Optional.of(List.of(switching(lang, book, otherCountry.get())));
        }
        if (!(invited || Questions.isQuestion(text))) {
            return Optional.empty();
        }
        int position = progress.get().position();
        Optional<Integer> asked =
                StepTerms.named(book, plan.get(), position, text)
                        .or(() -> stepAskedAbout(book, plan.get(), progress.get(), text));
        Optional<String> html;
        if (GuideWords.asksDuration(text) && asked.isEmpty()) {
            html = Optional.of(duration(lang, book, plan.get(), asked));
        } else {
            html =
                    asked.or(() -> invited ? current(plan.get(), progress.get()) : none())
                            .map(i -> step(lang, book, plan.get(), progress.get(), i, text));
        }
        html.ifPresent(h -> inView.shown(id, clock.instant(), false));
        return html.map(h -> List.of(Reply.withButtons(h, buttons(lang))));
    }

    /**
     * What the question asks beyond the step: how long this step takes, the office it names (its
     * address or whom to ask), and the notes on the route's country when it names that country.
     */
    private String asked(
            String lang,
            RouteBook book,
            Plan plan,
            RouteProgress progress,
            int index,
            String text) {
        Step step = book.step(plan, index);
        StepView view = new StepView(texts, book, lang);
        List<String> parts = new ArrayList<>();
        if (GuideWords.asksDuration(text)) {
            parts.add(
                    "⏱ "
                            + title(step, lang)
                            + ": "
                            + (step.duration() != null
                                    ? step.duration().in(lang)
                                    : texts.get(lang, "route.question.duration.unknown")));
        }
        OfficeWords.officesNamed(text).stream()
                .filter(step.offices()::contains)
                .map(book.offices()::get)
                .filter(o -> o != null)
                .forEach(o -> parts.add("🏢 " + view.office(o)));
        String country = progress.country();
        if (country != null && country.equals(RouteWish.in(text).country())) {
            book.country(country)
                    .map(view::country)
                    .filter(c -> !c.isBlank())
                    .ifPresent(parts::add);
        }
        return String.join("\n\n", parts);
    }

    /**
     * Another country the person now wants ("sy ganti pikiran, sy mau ke jepang saja"): a country
     * of the book other than the route's, said with a wish or a change of mind.
     */
    private static Optional<String> switchTo(RouteBook book, RouteProgress progress, String text) {
        String country = RouteWish.in(text).country();
        if (country == null
                || country.equals(progress.country())
                || book.country(country).isEmpty()
                || !GuideWords.wantsInstead(text)) {
            return Optional.empty();
        }
        return Optional.of(country);
    }

    /** "Ganti ke Jepang?": what carries over, and the buttons to switch or to stay. */
    private Reply switching(String lang, RouteBook book, String country) {
        String name = book.country(country).map(c -> c.name().in(lang)).orElse(country);
        String html =
                texts.get(lang, "route.switch.ask", Html.escape(name))
                        + "\n\n"
                        + texts.get(
                                lang,
                                "route.sources",
                                new StepView(texts, book, lang).sources(SWITCH_FACTS));
        return Reply.withButtons(
                html,
                List.of(
                        List.of(
                                new Reply.Button(
                                        texts.get(lang, "route.btn.switch", name),
                                        RouteGuide.PREFIX + "c:" + country)),
                        List.of(
                                new Reply.Button(
                                        texts.get(lang, "route.btn.step"),
                                        RouteGuide.PREFIX + "s")),
                        List.of(menus.backButton(lang))));
    }

    /** The step of the route whose topic retrieval finds for the question, the current first. */
    private Optional<Integer> stepAskedAbout(
            RouteBook book, Plan plan, RouteProgress progress, String text) {
        Optional<String> topic = retrieval.topicFor(text);
        if (topic.isEmpty()) {
            return Optional.empty();
        }
        int size = plan.steps().size();
        return IntStream.range(0, size)
                .boxed()
                .filter(i -> topic.get().equals(book.steps().get(plan.steps().get(i)).topic()))
                .min((a, b) -> Integer.compare(distance(a, progress), distance(b, progress)));
    }

    private static int distance(int index, RouteProgress progress) {
        return Math.abs(index - progress.position());
    }

    private static Optional<Integer> current(Plan plan, RouteProgress progress) {
        return progress.position() < plan.steps().size()
                ? Optional.of(progress.position())
                : Optional.empty();
    }

    /**
     * The step in the person's route: what to do, the longer text, its official amounts, notes, and
     * whom to ask.
     */
    private String step(
            String lang,
            RouteBook book,
            Plan plan,
            RouteProgress progress,
            int index,
            String text) {
        Step step = book.step(plan, index);
        StepView view = new StepView(texts, book, lang);
        List<String> parts = new ArrayList<>();
        parts.add(head(lang, book, progress));
        parts.add(
                texts.get(
                        lang,
                        "route.step.head",
                        index + 1,
                        plan.steps().size(),
                        Html.escape(step.title().in(lang))));
        parts.add(step.what().in(lang));
        if (!step.more().isEmpty()) {
            parts.add(step.more().in(lang).strip());
        }
        String costs = view.costs(step);
        if (!costs.isEmpty()) {
            parts.add(costs);
        }
        book.notes(step.id(), progress.country(), progress.work())
                .forEach(n -> parts.add("ℹ️ " + n.text().in(lang)));
        if (!step.howToAsk().isEmpty()) {
            parts.add(step.howToAsk().in(lang));
        }
        List<String> lines =
                step.hotlines().stream().map(view::line).filter(l -> !l.isEmpty()).toList();
        if (!lines.isEmpty()) {
            parts.add(String.join("\n", lines.stream().map(l -> "• " + l).toList()));
        }
        String asked = asked(lang, book, plan, progress, index, text);
        if (!asked.isEmpty()) {
            parts.add(asked);
        }
        parts.add(texts.get(lang, "route.sources", view.sources(step)));
        return String.join("\n\n", parts);
    }

    /** No official figure for the whole route (FACTS 10.14), and the step's own time if known. */
    private String duration(String lang, RouteBook book, Plan plan, Optional<Integer> asked) {
        List<String> parts = new ArrayList<>();
        parts.add("⏱ " + book.totalDuration(plan).in(lang));
        asked.map(i -> book.step(plan, i))
                .filter(s -> s.duration() != null)
                .ifPresent(s -> parts.add(title(s, lang) + ": " + s.duration().in(lang)));
        parts.add(
                texts.get(
                        lang,
                        "route.sources",
                        new StepView(texts, book, lang).sources(DURATION_FACTS)));
        return String.join("\n\n", parts);
    }

    private String head(String lang, RouteBook book, RouteProgress progress) {
        String country = book.country(progress.country()).map(c -> c.name().in(lang)).orElse("");
        String work = book.work(progress.work()).map(w -> w.name().in(lang)).orElse("");
        return texts.get(lang, "route.question.head", Html.escape(country), Html.escape(work));
    }

    private static String title(Step step, String lang) {
        return "<b>" + Html.escape(step.title().in(lang)) + "</b>";
    }

    private List<List<Reply.Button>> buttons(String lang) {
        return List.of(
                List.of(
                        new Reply.Button(
                                texts.get(lang, "route.btn.step"), RouteGuide.PREFIX + "s")),
                List.of(menus.backButton(lang)));
    }

    private static Optional<Integer> none() {
        return Optional.empty();
    }
}
