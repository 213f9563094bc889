package id.migrasiaman.route;

import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Reply.Button;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.route.RouteBook.Plan;
import java.util.ArrayList;
import java.util.List;

/** "Langkah 3 dari 10: …" with what is done and what comes next, and the route's settings. */
final class RouteOverview {

    private final Texts texts;
    private final RouteBook book;
    private final String lang;

    RouteOverview(Texts texts, RouteBook book, String lang) {
        this.texts = texts;
        this.book = book;
        this.lang = lang;
    }

    Reply render(RouteProgress progress, boolean reminding, Menus menus) {
        Plan plan = book.plan(progress.country(), progress.work()).orElseThrow();
        List<String> steps = plan.steps();
        int position = Math.min(progress.position(), steps.size() - 1);
        String place =
                book.country(progress.country()).map(c -> c.name().in(lang)).orElse("")
                        + ", "
                        + book.work(progress.work()).map(w -> w.name().in(lang)).orElse("");
        List<String> lines = new ArrayList<>();
        lines.add(
                texts.get(
                        lang,
                        "route.overview",
                        Html.escape(place),
                        position + 1,
                        steps.size(),
                        title(steps.get(position))));
        List<String> done =
                steps.stream().filter(progress.done()::contains).map(this::title).toList();
        if (!done.isEmpty()) {
            lines.add(texts.get(lang, "route.overview.done", String.join(", ", done)));
        }
        if (position + 1 < steps.size()) {
            lines.add(texts.get(lang, "route.overview.next", title(steps.get(position + 1))));
        }
        progress.appointments().stream()
                .filter(a -> steps.contains(a.step()) && !progress.done().contains(a.step()))
                .filter(a -> book.steps().get(a.step()).appointment() != null)
                .forEach(
                        a ->
                                lines.add(
                                        texts.get(
                                                lang,
                                                "route.overview.date",
                                                Html.escape(
                                                        book.steps()
                                                                .get(a.step())
                                                                .appointment()
                                                                .in(lang)),
                                                RouteDates.spelled(a.date(), lang))));
        List<List<Button>> rows = new ArrayList<>();
        rows.add(
                List.of(
                        reminding
                                ? button("route.btn.remind.off", "r0")
                                : button("route.btn.remind.on", "r1")));
        rows.add(List.of(button("route.btn.change", "x"), button("route.btn.reset", "r")));
        rows.add(List.of(menus.backButton(lang)));
        return Reply.withButtons(String.join("\n", lines), rows);
    }

    private String title(String step) {
        return Html.escape(book.steps().get(step).title().in(lang));
    }

    private Button button(String key, String value) {
        return new Button(texts.get(lang, key), RouteGuide.PREFIX + value);
    }
}
