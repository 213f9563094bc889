package id.migrasiaman.route;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.CommandAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Reply.Button;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.route.RouteBook.Plan;
import id.migrasiaman.route.RouteBook.Step;
import java.time.Clock;
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

    private final Supplier<RouteBook> books;
    private final RouteProgressStore store;
    private final Texts texts;
    private final Menus menus;
    private final Clock clock;
    private final int remindAfterDays;

    RouteGuide(
            Supplier<RouteBook> books,
            RouteProgressStore store,
            Texts texts,
            Menus menus,
            Clock clock,
            int remindAfterDays) {
        this.books = books;
        this.store = store;
        this.texts = texts;
        this.menus = menus;
        this.clock = clock;
        this.remindAfterDays = remindAfterDays;
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
        Optional<RouteProgress> progress = store.find(turn.message().conversationId());
        RouteBook book = books.get();
        if (progress.isEmpty()
                || progress.get().work() == null
                || book.plan(progress.get().country(), progress.get().work()).isEmpty()) {
            return List.of(askCountry(turn.language()));
        }
        return List.of(
                overview(turn.language(), progress.get()), step(turn.language(), progress.get()));
    }

    /** Only the operations the guide offers, with an id or a step number where they take one. */
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
            case "b", "n", "q", "m", "o", "x", "r", "r1", "r0", "s" -> arg == null;
            default -> false;
        };
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        String lang = turn.language();
        String id = turn.message().conversationId();
        RouteProgress progress =
                store.find(id).orElseGet(() -> RouteProgress.fresh(id, clock.instant()));
        String[] parts = value.split(":", 2);
        String arg = parts.length > 1 ? parts[1] : "";
        return switch (parts[0]) {
            case "c" -> chooseCountry(lang, progress, arg);
            case "w" -> chooseWork(lang, progress, arg);
            case "d" -> done(lang, progress, arg);
            case "b" -> move(lang, progress, progress.position() - 1);
            case "n", "q", "m" -> detail(lang, progress, parts[0]);
            case "o" -> List.of(overview(lang, progress));
            case "x" -> List.of(askCountry(lang));
            case "r" -> reset(lang, id);
            case "r1", "r0" -> reminders(turn, progress, parts[0].equals("r1"));
            default -> open(turn);
        };
    }

    private List<Reply> chooseCountry(String lang, RouteProgress progress, String country) {
        RouteBook book = books.get();
        Optional<RouteBook.Country> c = book.country(country);
        if (c.isEmpty()) {
            return List.of(askCountry(lang));
        }
        StepView view = new StepView(texts, book, lang);
        if (!c.get().open()) {
            String html =
                    texts.get(lang, "route.closed", c.get().name().in(lang))
                            + "\n"
                            + view.country(c.get());
            return List.of(
                    Reply.withButtons(
                            html,
                            List.of(
                                    List.of(button(lang, "route.btn.change", "x")),
                                    List.of(menus.backButton(lang)))));
        }
        store.save(progress.choose(country, null, clock.instant()));
        List<List<Button>> rows = new ArrayList<>();
        book.works().stream()
                .filter(w -> book.plan(country, w.id()).isPresent())
                .forEach(
                        w ->
                                rows.add(
                                        List.of(
                                                new Button(
                                                        w.name().in(lang),
                                                        PREFIX + "w:" + w.id()))));
        rows.add(List.of(button(lang, "route.btn.change", "x")));
        return List.of(
                Reply.withButtons(
                        texts.get(lang, "route.ask.work", c.get().name().in(lang)), rows));
    }

    private List<Reply> chooseWork(String lang, RouteProgress progress, String work) {
        if (progress.country() == null || books.get().plan(progress.country(), work).isEmpty()) {
            return List.of(askCountry(lang));
        }
        RouteProgress chosen = progress.choose(progress.country(), work, clock.instant());
        store.save(chosen);
        RouteBook.Country country = books.get().country(progress.country()).orElseThrow();
        String notes = new StepView(texts, books.get(), lang).country(country);
        List<Reply> replies = new ArrayList<>();
        replies.add(overview(lang, chosen));
        if (!notes.isBlank()) {
            replies.add(Reply.text(notes));
        }
        replies.add(step(lang, chosen));
        return replies;
    }

    private List<Reply> done(String lang, RouteProgress progress, String index) {
        Optional<Plan> plan = plan(progress);
        if (plan.isEmpty()) {
            return List.of(askCountry(lang));
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
            return List.of(askCountry(lang));
        }
        int bounded = Math.max(0, Math.min(position, plan.get().steps().size()));
        RouteProgress moved = progress.at(bounded, progress.done(), clock.instant());
        store.save(moved);
        return List.of(step(lang, moved));
    }

    private List<Reply> detail(String lang, RouteProgress progress, String what) {
        Optional<Step> step = current(progress);
        if (step.isEmpty()) {
            return List.of(askCountry(lang));
        }
        StepView view = new StepView(texts, books.get(), lang);
        String html =
                switch (what) {
                    case "n" -> view.need(step.get(), progress.country(), progress.work());
                    case "q" -> view.doubt(step.get());
                    default -> view.more(step.get(), progress.country(), progress.work());
                };
        return List.of(Reply.withButtons(html, stepButtons(lang, progress, false)));
    }

    private List<Reply> reset(String lang, String id) {
        store.delete(id);
        return List.of(Reply.text(texts.get(lang, "route.reset.done")), askCountry(lang));
    }

    private List<Reply> reminders(Turn turn, RouteProgress progress, boolean on) {
        String lang = turn.language();
        String address = turn.message().replyAddress();
        if (on && (address == null || !address.startsWith("tg:"))) {
            return List.of(Reply.text(texts.get(lang, "route.remind.unavailable")));
        }
        store.save(progress.reminders(on, address));
        return List.of(
                Reply.text(
                        on
                                ? texts.get(lang, "route.remind.on", remindAfterDays)
                                : texts.get(lang, "route.remind.off")));
    }

    Reply askCountry(String lang) {
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (RouteBook.Country c : books.get().countries()) {
            row.add(new Button(c.name().in(lang), PREFIX + "c:" + c.id()));
            if (row.size() == 2) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        rows.add(List.of(menus.backButton(lang)));
        return Reply.withButtons(texts.get(lang, "route.ask.country"), rows);
    }

    Reply overview(String lang, RouteProgress progress) {
        return new RouteOverview(texts, books.get(), lang)
                .render(progress, progress.remind(), menus);
    }

    Reply step(String lang, RouteProgress progress) {
        Plan plan = plan(progress).orElseThrow();
        if (progress.position() >= plan.steps().size()) {
            return Reply.withButtons(
                    texts.get(lang, "route.finished"),
                    List.of(
                            List.of(button(lang, "route.btn.back", "b")),
                            List.of(button(lang, "route.btn.overview", "o")),
                            List.of(menus.backButton(lang))));
        }
        Step step = books.get().steps().get(plan.steps().get(progress.position()));
        String html =
                new StepView(texts, books.get(), lang)
                        .first(step, progress.position() + 1, plan.steps().size());
        return Reply.withButtons(html, stepButtons(lang, progress, true));
    }

    private List<List<Button>> stepButtons(String lang, RouteProgress progress, boolean withMore) {
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(button(lang, "route.btn.done", "d:" + progress.position())));
        rows.add(List.of(button(lang, "route.btn.need", "n")));
        rows.add(
                List.of(
                        button(lang, "route.btn.doubt", "q"),
                        new Button(texts.get(lang, "route.btn.calo"), Menus.REPORT)));
        List<Button> nav = new ArrayList<>();
        if (withMore) {
            nav.add(button(lang, "route.btn.more", "m"));
        }
        if (progress.position() > 0) {
            nav.add(button(lang, "route.btn.back", "b"));
        }
        nav.add(button(lang, "route.btn.overview", "o"));
        rows.add(nav);
        return rows;
    }

    private Optional<Plan> plan(RouteProgress progress) {
        return progress.work() == null
                ? Optional.empty()
                : books.get().plan(progress.country(), progress.work());
    }

    private Optional<Step> current(RouteProgress progress) {
        return plan(progress)
                .filter(p -> progress.position() < p.steps().size())
                .map(p -> books.get().steps().get(p.steps().get(progress.position())));
    }

    private Button button(String lang, String key, String value) {
        return new Button(texts.get(lang, key), PREFIX + value);
    }
}
