package id.migrasiaman.route;

import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Reply.Button;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.route.RouteBook.Step;
import java.util.ArrayList;
import java.util.List;

/** The route's keyboards: the countries, the kinds of work, and a step's buttons. */
final class RouteKeys {

    private final Texts texts;
    private final Menus menus;
    private final String lang;

    RouteKeys(Texts texts, Menus menus, String lang) {
        this.texts = texts;
        this.menus = menus;
        this.lang = lang;
    }

    Reply askCountry(RouteBook book) {
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (RouteBook.Country c : book.countries()) {
            row.add(new Button(c.name().in(lang), RouteGuide.PREFIX + "c:" + c.id()));
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

    /** The kinds of work {@code country} has a route (or an "ask") for. */
    List<List<Button>> works(RouteBook book, String country) {
        List<List<Button>> rows = new ArrayList<>();
        book.works().stream()
                .filter(w -> book.offers(country, w.id()))
                .forEach(
                        w ->
                                rows.add(
                                        List.of(
                                                new Button(
                                                        w.name().in(lang),
                                                        RouteGuide.PREFIX + "w:" + w.id()))));
        rows.add(List.of(button("route.btn.change", "x")));
        return rows;
    }

    List<List<Button>> step(Step step, RouteProgress progress, boolean withMore) {
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(button("route.btn.done", "d:" + progress.position())));
        rows.add(List.of(button("route.btn.need", "n")));
        rows.add(
                List.of(
                        button("route.btn.doubt", "q"),
                        new Button(texts.get(lang, "route.btn.calo"), Menus.REPORT)));
        if (step.appointment() != null) {
            rows.add(
                    List.of(
                            progress.appointment(step.id())
                                    .map(
                                            a ->
                                                    new Button(
                                                            texts.get(
                                                                    lang,
                                                                    "route.btn.date.set",
                                                                    a.date().getDayOfMonth()
                                                                            + "/"
                                                                            + a.date()
                                                                                    .getMonthValue()),
                                                            RouteGuide.PREFIX + "a"))
                                    .orElseGet(() -> button("route.btn.date", "a"))));
        }
        List<Button> nav = new ArrayList<>();
        if (withMore) {
            nav.add(button("route.btn.more", "m"));
        }
        if (progress.position() > 0) {
            nav.add(button("route.btn.back", "b"));
        }
        nav.add(button("route.btn.overview", "o"));
        rows.add(nav);
        return rows;
    }

    List<List<Button>> finished() {
        return List.of(
                List.of(button("route.btn.back", "b")),
                List.of(button("route.btn.overview", "o")),
                List.of(menus.backButton(lang)));
    }

    Button button(String key, String value) {
        return new Button(texts.get(lang, key), RouteGuide.PREFIX + value);
    }
}
