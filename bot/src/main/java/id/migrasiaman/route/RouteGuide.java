package id.migrasiaman.route;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.CommandAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.Recall;
import id.migrasiaman.route.RouteBook.Plan;
import id.migrasiaman.route.RouteBook.Step;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code /jalur}, {@code /cekagensi} and the route's buttons ({@code j:...}): choose a country and
 * a kind of work, then one step at a time, with the person's place kept in {@code route_progress}.
 */
final class RouteGuide implements CommandAction, ButtonAction {

    static final String PREFIX = "j:";

    /** The button of answers.ContractEndsAbroad: what going home and leaving again takes. */
    static final String AGAIN_ABROAD = "ca:again";

    private final Supplier<RouteBook> books;
    private final RouteProgressStore store;
    private final Texts texts;
    private final Menus menus;
    private final Clock clock;
    private final int remindAfterDays;
    private final RouteDates dates;
    private final GuideInView inView;

    RouteGuide(
            Supplier<RouteBook> books,
            RouteProgressStore store,
            Texts texts,
            Menus menus,
            Clock clock,
            int remindAfterDays,
            RouteDates dates,
            GuideInView inView) {
        this.books = books;
        this.store = store;
        this.texts = texts;
        this.menus = menus;
        this.clock = clock;
        this.remindAfterDays = remindAfterDays;
        this.dates = dates;
        this.inView = inView;
    }

    @Override
    public Set<String> commands() {
        return Set.of("jalur", "route", "cekagensi");
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public List<Reply> run(Turn turn, Content.Command command) {
        if (command.name().equals("cekagensi")) {
            return new AgencyCheck(books, texts, menus).render(turn.language());
        }
        return open(turn);
    }

    /** {@code /jalur} and the menu entry: the overview and current step, or the first question. */
    List<Reply> open(Turn turn) {
        String id = turn.message().conversationId();
        inView.shown(id, clock.instant(), false);
        Optional<RouteProgress> progress = store.find(id);
        if (progress.isEmpty() || plan(progress.get()).isEmpty()) {
            Optional<Reply> abroad = abroad(turn);
            if (abroad.isPresent()) {
                return List.of(abroad.get());
            }
            RouteProgress fresh =
                    progress.orElseGet(() -> RouteProgress.fresh(id, clock.instant()))
                            .speaking(turn.language());
            return new WishStart(this, books.get(), texts)
                    .start(turn.language(), fresh, RouteWish.in(recentQuestion(turn)))
                    .orElseGet(() -> List.of(keys(turn.language()).askCountry(books.get())));
        }
        return List.of(
                overview(turn.language(), progress.get()), step(turn.language(), progress.get()));
    }

    /**
     * Someone who said she works abroad now ({@code ConversationState.whereabouts}) is not started
     * as a first-time applicant without asking (trial 16, D12): going home and leaving again is
     * {@code answers.ContractEndsAbroad}'s button {@value #AGAIN_ABROAD}; a first departure starts
     * at the country question.
     */
    private Optional<Reply> abroad(Turn turn) {
        String where = turn.state().whereabouts();
        if (where.isEmpty() || "ID".equals(where)) {
            return Optional.empty();
        }
        String lang = turn.language();
        String country = texts.get(lang, "contract.country." + where);
        return Optional.of(
                Reply.withButtons(
                        texts.get(lang, "route.abroad.ask", country),
                        List.of(
                                List.of(
                                        new Reply.Button(
                                                texts.get(lang, "contract.again.button"),
                                                AGAIN_ABROAD)),
                                List.of(
                                        new Reply.Button(
                                                texts.get(lang, "route.abroad.first"),
                                                PREFIX + "x")),
                                List.of(menus.backButton(lang)))));
    }

    /** Only the operations the guide offers, with an id, a step number or a date where needed. */
    @Override
    public boolean accepts(String value) {
        String[] parts = value.split(":", -1);
        if (parts.length > 2) {
            return false;
        }
        String arg = parts.length > 1 ? parts[1] : null;
        return switch (parts[0]) {
            case "c", "w" -> arg != null && arg.matches("[A-Za-z0-9_-]{1,40}");
            case "d" -> arg != null && arg.matches("\\d{1,3}");
            case "t" -> arg != null && arg.matches("20\\d{6}");
            case "b", "n", "q", "m", "o", "x", "r", "r1", "r0", "s", "a", "t0" -> arg == null;
            default -> false;
        };
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        String lang = turn.language();
        String id = turn.message().conversationId();
        RouteProgress progress =
                store.find(id)
                        .orElseGet(() -> RouteProgress.fresh(id, clock.instant()))
                        .speaking(lang);
        String[] parts = value.split(":", 2);
        String arg = parts.length > 1 ? parts[1] : "";
        inView.shown(id, clock.instant(), parts[0].equals("q"));
        return switch (parts[0]) {
            case "c" -> chooseCountry(lang, progress, arg);
            case "w" -> chooseWork(lang, progress, arg);
            case "d" -> done(lang, progress, arg);
            case "b" -> move(lang, progress, progress.position() - 1);
            case "n", "q", "m" -> detail(lang, progress, parts[0]);
            case "o" -> List.of(overview(lang, progress));
            case "x" -> List.of(keys(lang).askCountry(books.get()));
            case "r" -> reset(lang, id);
            case "r1", "r0" -> reminders(turn, progress, parts[0].equals("r1"));
            case "a" -> orOpen(turn, dates.ask(turn, progress));
            case "t" -> dates.set(turn, progress, LocalDate.parse(arg, RouteDates.DATA));
            case "t0" -> dates.clear(turn, progress);
            default -> open(turn);
        };
    }

    /** The question the person asked just before, if the conversation still remembers it. */
    private String recentQuestion(Turn turn) {
        Recall recall = turn.state().recall();
        return recall != null && recall.freshAt(clock.instant()) ? recall.question() : "";
    }

    /** The guide at {@code country}, and at {@code work} too when it is given (may be null). */
    List<Reply> startAt(String lang, RouteProgress progress, String country, String work) {
        List<Reply> atCountry = chooseCountry(lang, progress, country);
        if (work == null) {
            return atCountry;
        }
        return chooseWork(lang, progress.choose(country, null, clock.instant()), work);
    }

    Reply askCountry(String lang) {
        return keys(lang).askCountry(books.get());
    }

    private List<Reply> orOpen(Turn turn, List<Reply> replies) {
        return replies.isEmpty() ? open(turn) : replies;
    }

    List<Reply> chooseCountry(String lang, RouteProgress progress, String country) {
        RouteBook book = books.get();
        Optional<RouteBook.Country> c = book.country(country);
        RouteKeys keys = keys(lang);
        if (c.isEmpty()) {
            return List.of(keys.askCountry(book));
        }
        if (!c.get().open()) {
            String html =
                    texts.get(lang, "route.closed", c.get().name().in(lang))
                            + "\n"
                            + new StepView(texts, book, lang).country(c.get());
            return List.of(
                    Reply.withButtons(
                            html,
                            List.of(
                                    List.of(keys.button("route.btn.change", "x")),
                                    List.of(menus.backButton(lang)))));
        }
        store.save(progress.choose(country, null, clock.instant()));
        return List.of(
                Reply.withButtons(
                        texts.get(lang, "route.ask.work", c.get().name().in(lang)),
                        keys.works(book, country)));
    }

    List<Reply> chooseWork(String lang, RouteProgress progress, String work) {
        RouteBook book = books.get();
        if (progress.country() != null && book.plan(progress.country(), work).isEmpty()) {
            Optional<RouteBook.Ask> ask = book.ask(progress.country(), work);
            if (ask.isPresent()) {
                return List.of(askOnly(lang, book, ask.get(), progress.country()));
            }
        }
        if (progress.country() == null || book.plan(progress.country(), work).isEmpty()) {
            return List.of(keys(lang).askCountry(book));
        }
        RouteProgress chosen = progress.choose(progress.country(), work, clock.instant());
        store.save(chosen);
        RouteBook.Country country = book.country(progress.country()).orElseThrow();
        String notes = new StepView(texts, book, lang).country(country);
        List<Reply> replies = new ArrayList<>();
        replies.add(overview(lang, chosen));
        if (!notes.isBlank()) {
            replies.add(Reply.text(notes));
        }
        replies.add(step(lang, chosen));
        return replies;
    }

    /** A country and work without a sourced route: what is known, and whom to ask. */
    private Reply askOnly(String lang, RouteBook book, RouteBook.Ask ask, String country) {
        StepView view = new StepView(texts, book, lang);
        List<String> lines = new ArrayList<>(List.of(ask.text().in(lang).strip()));
        ask.hotlines().forEach(h -> lines.add("• " + view.line(h)));
        lines.add("\n" + texts.get(lang, "route.sources", view.sources(ask.facts())));
        RouteKeys keys = keys(lang);
        return Reply.withButtons(
                String.join("\n", lines),
                List.of(
                        List.of(keys.button("route.btn.other.work", "c:" + country)),
                        List.of(new Reply.Button(texts.get(lang, "route.btn.calo"), Menus.REPORT)),
                        List.of(menus.backButton(lang))));
    }

    private List<Reply> done(String lang, RouteProgress progress, String index) {
        Optional<Plan> plan = plan(progress);
        if (plan.isEmpty()) {
            return List.of(keys(lang).askCountry(books.get()));
        }
        int total = plan.get().steps().size();
        // A stale button (pressed twice, or on an old message) must not skip a step.
        if (!String.valueOf(progress.position()).equals(index) || progress.position() >= total) {
            return List.of(step(lang, progress));
        }
        RouteProgress next =
                progress.markDone(
                        plan.get().steps().get(progress.position()),
                        progress.position() + 1,
                        clock.instant());
        store.save(next);
        return List.of(step(lang, next));
    }

    private List<Reply> move(String lang, RouteProgress progress, int position) {
        Optional<Plan> plan = plan(progress);
        if (plan.isEmpty()) {
            return List.of(keys(lang).askCountry(books.get()));
        }
        int bounded = Math.max(0, Math.min(position, plan.get().steps().size()));
        RouteProgress moved = progress.at(bounded, progress.done(), clock.instant());
        store.save(moved);
        return List.of(step(lang, moved));
    }

    private List<Reply> detail(String lang, RouteProgress progress, String what) {
        Optional<Step> step = current(books.get(), progress);
        if (step.isEmpty()) {
            return List.of(keys(lang).askCountry(books.get()));
        }
        StepView view = new StepView(texts, books.get(), lang);
        String html =
                switch (what) {
                    case "n" -> view.need(step.get(), progress.country(), progress.work());
                    case "q" -> view.doubt(step.get());
                    default -> view.more(step.get(), progress.country(), progress.work());
                };
        return List.of(Reply.withButtons(html, keys(lang).step(step.get(), progress, false)));
    }

    private List<Reply> reset(String lang, String id) {
        store.delete(id);
        return List.of(
                Reply.text(texts.get(lang, "route.reset.done")),
                keys(lang).askCountry(books.get()));
    }

    private List<Reply> reminders(Turn turn, RouteProgress progress, boolean on) {
        String lang = turn.language();
        String address = turn.message().replyAddress();
        // Every answer keeps the way back to the step (trial 17 D24: "only on Telegram" had no
        // button, and the guide's earlier buttons were no longer understood).
        if (on && (address == null || !address.startsWith("tg:"))) {
            return List.of(back(lang, progress, texts.get(lang, "route.remind.unavailable")));
        }
        RouteProgress saved = progress.reminders(on, address);
        store.save(saved);
        return List.of(
                back(
                        lang,
                        saved,
                        on
                                ? texts.get(lang, "route.remind.on", remindAfterDays)
                                : texts.get(lang, "route.remind.off")));
    }

    private Reply back(String lang, RouteProgress progress, String text) {
        return plan(progress).isPresent()
                ? Reply.withButtons(
                        text, List.of(List.of(keys(lang).button("route.btn.step", "s"))))
                : Reply.text(text);
    }

    Reply overview(String lang, RouteProgress progress) {
        return new RouteOverview(texts, books.get(), lang)
                .render(progress, progress.remind(), menus);
    }

    Reply step(String lang, RouteProgress progress) {
        Plan plan = plan(progress).orElseThrow();
        if (progress.position() >= plan.steps().size()) {
            return Reply.withButtons(
                    new StepView(texts, books.get(), lang).finished(progress.country()),
                    keys(lang).finished());
        }
        Step step = books.get().step(plan, progress.position());
        String html =
                new StepView(texts, books.get(), lang)
                        .first(step, progress.position() + 1, plan.steps().size());
        // "Selengkapnya" only when there is more than the title and the sources to show.
        boolean more =
                !step.more().isEmpty()
                        || !books.get()
                                .notes(step.id(), progress.country(), progress.work())
                                .isEmpty();
        return Reply.withButtons(html, keys(lang).step(step, progress, more));
    }

    /**
     * A country or kind of work typed while the guide asks for one, before a route is chosen: the
     * country (with the kind of work, when it names one) as if pressed, or at the kind-of-work
     * question the kind of work; empty when the words choose nothing here.
     */
    Optional<List<Reply>> typed(String lang, RouteProgress progress, RouteWish wish) {
        if (plan(progress).isPresent()) {
            return Optional.empty();
        }
        if (wish.country() != null) {
            RouteWish place = new RouteWish(wish.country(), wish.work(), null);
            return new WishStart(this, books.get(), texts).start(lang, progress, place);
        }
        if (wish.work() != null
                && progress.country() != null
                && books.get().offers(progress.country(), wish.work())) {
            return Optional.of(chooseWork(lang, progress, wish.work()));
        }
        return Optional.empty();
    }

    private Optional<Plan> plan(RouteProgress progress) {
        return plan(books.get(), progress);
    }

    static Optional<Plan> plan(RouteBook book, RouteProgress progress) {
        return progress.work() == null
                ? Optional.empty()
                : book.plan(progress.country(), progress.work());
    }

    /** The step the person is at, if they are on a route and not past its end. */
    static Optional<Step> current(RouteBook book, RouteProgress progress) {
        return plan(book, progress)
                .filter(p -> progress.position() < p.steps().size())
                .map(p -> book.step(p, progress.position()));
    }

    private RouteKeys keys(String lang) {
        return new RouteKeys(texts, menus, lang);
    }
}
