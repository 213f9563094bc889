package id.migrasiaman.route;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Flow;
import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Reply.Button;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.RouteDateState;
import id.migrasiaman.route.RouteBook.Step;
import id.migrasiaman.route.RouteProgress.Appointment;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Dates the person knows for a step (the medical check, the OPP, the selection at Disnaker): chosen
 * with buttons (tomorrow, in a few days, in a week) or typed ("12/1", "12 Januari") while the
 * {@value #FLOW} flow waits for it, kept with the progress for the day-before reminder.
 */
final class RouteDates implements Flow {

    static final String FLOW = RouteDateState.NAME;
    private static final int[] CHOICES = {1, 2, 3, 4, 5, 7, 14};

    private final Supplier<RouteBook> books;
    private final RouteProgressStore store;
    private final Texts texts;
    private final Clock clock;

    RouteDates(Supplier<RouteBook> books, RouteProgressStore store, Texts texts, Clock clock) {
        this.books = books;
        this.store = store;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String name() {
        return FLOW;
    }

    /** "📅 Atur jadwal": asks for the date of the current step and waits for a typed one. */
    List<Reply> ask(Turn turn, RouteProgress progress) {
        Optional<Step> step = RouteGuide.current(books.get(), progress);
        if (step.isEmpty() || step.get().appointment() == null) {
            return List.of();
        }
        turn.update(turn.state().withFlow(new RouteDateState(step.get().id())));
        return List.of(prompt(turn.language(), progress, step.get()));
    }

    @Override
    public List<Reply> resume(Turn turn) {
        Optional<RouteProgress> progress = store.find(turn.message().conversationId());
        Optional<Step> step = progress.flatMap(p -> RouteGuide.current(books.get(), p));
        if (step.isEmpty() || step.get().appointment() == null) {
            return List.of();
        }
        return List.of(prompt(turn.language(), progress.get(), step.get()));
    }

    /**
     * A typed date for the step the person asked about; anything that is no date at all, or a step
     * they have since left, goes back to normal routing (which ends this flow).
     */
    @Override
    public List<Reply> next(Turn turn) {
        Optional<RouteProgress> progress = store.find(turn.message().conversationId());
        boolean sameStep =
                progress.flatMap(p -> RouteGuide.current(books.get(), p))
                        .map(
                                s ->
                                        turn.state()
                                                .active(RouteDateState.class)
                                                .map(d -> d.stepId().equals(s.id()))
                                                .orElse(false))
                        .orElse(false);
        if (!(turn.message().content() instanceof Content.Text text) || !sameStep) {
            return List.of();
        }
        TypedDate.Result result = TypedDate.parse(text.text(), today());
        if (result instanceof TypedDate.Day day) {
            return set(turn, progress.get(), day.date());
        }
        if (result instanceof TypedDate.Invalid) {
            return List.of(Reply.text(texts.get(turn.language(), "route.date.invalid")));
        }
        return List.of();
    }

    /** Keeps {@code date} for the current step and ends the wait for a typed date. */
    List<Reply> set(Turn turn, RouteProgress progress, LocalDate date) {
        String lang = turn.language();
        endFlow(turn);
        Optional<Step> step = RouteGuide.current(books.get(), progress);
        if (step.isEmpty() || step.get().appointment() == null || date.isBefore(today())) {
            return List.of(Reply.text(texts.get(lang, "route.date.invalid")));
        }
        // Set on the day before (or later), there is nothing left to remind of.
        boolean tooLate = !date.minusDays(1).isAfter(today());
        store.save(
                progress.speaking(lang)
                        .withAppointment(
                                step.get().id(),
                                new Appointment(step.get().id(), date, clock.instant(), tooLate)));
        String what = Html.escape(step.get().appointment().in(lang));
        String html = texts.get(lang, "route.date.set", what, spelled(date, lang));
        List<List<Button>> rows = new ArrayList<>();
        if (progress.remind() && !tooLate) {
            html += "\n" + texts.get(lang, "route.date.remind", spelled(date.minusDays(1), lang));
        } else if (!progress.remind()) {
            html += "\n" + texts.get(lang, "route.date.ask.remind");
            rows.add(List.of(button(lang, "route.btn.remind.on", "r1")));
        }
        rows.add(List.of(button(lang, "route.btn.step", "s")));
        return List.of(Reply.withButtons(html, rows));
    }

    /** "Hapus jadwal". */
    List<Reply> clear(Turn turn, RouteProgress progress) {
        endFlow(turn);
        RouteGuide.current(books.get(), progress)
                .ifPresent(s -> store.save(progress.withAppointment(s.id(), null)));
        return List.of(
                Reply.withButtons(
                        texts.get(turn.language(), "route.date.cleared"),
                        List.of(List.of(button(turn.language(), "route.btn.step", "s")))));
    }

    private Reply prompt(String lang, RouteProgress progress, Step step) {
        LocalDate today = today();
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (int days : CHOICES) {
            LocalDate d = today.plusDays(days);
            row.add(new Button(choice(days, d, lang), RouteGuide.PREFIX + "t:" + d.format(DATA)));
            if (row.size() == (rows.isEmpty() ? 2 : 3)) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        Optional<Appointment> earlier = progress.appointment(step.id());
        if (earlier.isPresent()) {
            rows.add(List.of(button(lang, "route.btn.date.clear", "t0")));
        }
        rows.add(List.of(button(lang, "route.btn.step", "s")));
        String html =
                texts.get(lang, "route.date.ask", Html.escape(step.appointment().in(lang)))
                        + earlier.map(
                                        a ->
                                                "\n"
                                                        + texts.get(
                                                                lang,
                                                                "route.date.now",
                                                                spelled(a.date(), lang)))
                                .orElse("");
        return Reply.withButtons(html, rows);
    }

    private String choice(int days, LocalDate d, String lang) {
        String shortDate = d.format(DateTimeFormatter.ofPattern("EEE d/M", locale(lang)));
        return switch (days) {
            case 1 -> texts.get(lang, "route.date.tomorrow", shortDate);
            case 2 -> texts.get(lang, "route.date.after.tomorrow", shortDate);
            case 7, 14 -> texts.get(lang, "route.date.weeks", days / 7, shortDate);
            default -> shortDate;
        };
    }

    static final DateTimeFormatter DATA = DateTimeFormatter.BASIC_ISO_DATE;

    /** "Senin, 7 Desember 2026" or "Monday, 7 December 2026". */
    static String spelled(LocalDate date, String lang) {
        return date.format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale(lang)));
    }

    private static Locale locale(String lang) {
        return "en".equals(lang) ? Locale.UK : Locale.forLanguageTag("id-ID");
    }

    private LocalDate today() {
        return clock.instant().atZone(Reminders.WITA).toLocalDate();
    }

    private static void endFlow(Turn turn) {
        if (FLOW.equals(turn.state().flowName())) {
            turn.update(turn.state().withoutFlow());
        }
    }

    private Button button(String lang, String key, String value) {
        return new Button(texts.get(lang, key), RouteGuide.PREFIX + value);
    }
}
