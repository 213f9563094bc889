package id.migrasiaman.route;

import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.knowledge.Localized;
import id.migrasiaman.route.RouteBook.Cost;
import id.migrasiaman.route.RouteBook.Detail;
import id.migrasiaman.route.RouteBook.Office;
import id.migrasiaman.route.RouteBook.Step;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders one step: the first screen, what is needed, the doubts, and the rest ("Selengkapnya").
 */
final class StepView {

    private static final int FIRST_DOCUMENTS = 4;
    private static final int FIRST_COSTS = 2;
    static final int SCREEN = 500;

    private final Texts texts;
    private final RouteBook book;
    private final String lang;

    StepView(Texts texts, RouteBook book, String lang) {
        this.texts = texts;
        this.book = book;
        this.lang = lang;
    }

    /**
     * The first screen: title, what to do, offices, documents, costs and duration, at most 500
     * visible characters when it can be.
     */
    String first(Step step, int number, int total) {
        String html = "";
        // Fewer costs first, then the duration go behind "Belum" until the screen fits.
        for (boolean duration : new boolean[] {true, false}) {
            for (int costs = FIRST_COSTS; costs >= 0; costs--) {
                html = first(step, number, total, costs, duration);
                if (visible(html).length() <= SCREEN) {
                    return html;
                }
            }
        }
        return html;
    }

    static String visible(String html) {
        return html.replaceAll("<[^>]+>", "").replaceAll("&[a-z]+;", "x");
    }

    private String first(Step step, int number, int total, int firstCosts, boolean withDuration) {
        List<String> lines = new ArrayList<>();
        lines.add(t("route.step.head", number, total, Html.escape(step.title().in(lang))));
        lines.add(step.what().in(lang));
        if (!step.offices().isEmpty()) {
            lines.add(
                    t(
                            "route.office",
                            join(
                                    step.offices().stream()
                                            .map(o -> book.offices().get(o).shortName().in(lang))
                                            .toList())));
        }
        lines.add(
                step.bring().isEmpty()
                        ? t("route.bring.none")
                        : t("route.bring", documents(step.bring())));
        if (!step.costs().isEmpty()) {
            List<String> costs = step.costs().stream().map(c -> cost(book.costs().get(c))).toList();
            String shown = String.join("; ", costs.subList(0, Math.min(firstCosts, costs.size())));
            shown = shown.isEmpty() ? t("route.cost.see") : shown;
            lines.add(
                    t("route.cost", shown)
                            + (costs.size() > firstCosts && firstCosts > 0
                                    ? " " + t("route.cost.others", costs.size() - firstCosts)
                                    : ""));
        }
        if (withDuration) {
            lines.add(
                    step.duration() == null
                            ? t("route.duration.unknown")
                            : t("route.duration", step.duration().in(lang)));
        }
        return String.join("\n", lines);
    }

    /**
     * The first documents by their short name; the full list is behind "Belum, apa yang saya
     * perlu?".
     */
    private String documents(List<String> ids) {
        List<String> names =
                ids.stream()
                        .map(d -> book.documents().get(d).in(lang))
                        .map(StepView::shortName)
                        .toList();
        if (names.size() <= FIRST_DOCUMENTS) {
            return join(names);
        }
        return join(names.subList(0, FIRST_DOCUMENTS))
                + " "
                + t("route.bring.others", names.size() - FIRST_DOCUMENTS);
    }

    /** "Surat izin keluarga, diketahui kepala desa/lurah" becomes "Surat izin keluarga". */
    private static String shortName(String name) {
        return name.replaceAll("\\s*[,(].*$", "");
    }

    private String cost(Cost c) {
        String amount =
                c.amount() == null
                        ? t("route.cost.unknown")
                        : c.amount() == 0 ? t("route.free") : Money.rupiah(c.amount());
        String name = Html.escape(c.name().in(lang).replaceAll(" ?\\([^)]*\\)", "")) + " ";
        return name + amount + (c.basis() == null ? "" : " (" + Html.escape(c.basis()) + ")");
    }

    /**
     * "Belum, apa yang saya perlu?": documents, offices with what is known, who pays, how to ask.
     */
    String need(Step step, String country, String work) {
        List<String> parts = new ArrayList<>();
        parts.add(t("route.need.title", Html.escape(step.title().in(lang))));
        if (!step.bring().isEmpty()) {
            parts.add(
                    t("route.need.bring")
                            + "\n"
                            + bullets(
                                    step.bring().stream()
                                            .map(d -> book.documents().get(d).in(lang))
                                            .toList()));
        }
        step.offices().stream().map(book.offices()::get).forEach(o -> parts.add(office(o)));
        if (!step.costs().isEmpty()) {
            parts.add(
                    t("route.need.costs")
                            + "\n"
                            + bullets(
                                    step.costs().stream()
                                            .map(c -> cost(book.costs().get(c)))
                                            .toList()));
        }
        Set<String> whoPays = new LinkedHashSet<>();
        step.costs().stream()
                .map(book.costs()::get)
                .filter(c -> c.whoPays() != null)
                .forEach(c -> whoPays.add(c.whoPays().in(lang)));
        if (!whoPays.isEmpty()) {
            parts.add(t("route.need.who.pays") + "\n" + String.join("\n", whoPays));
        }
        parts.add(
                step.duration() == null
                        ? t("route.duration.unknown")
                        : t("route.duration", step.duration().in(lang)));
        if (!step.howToAsk().isEmpty()) {
            parts.add(step.howToAsk().in(lang));
        }
        book.notes(step.id(), country, work).forEach(n -> parts.add("ℹ️ " + n.text().in(lang)));
        return String.join("\n\n", parts);
    }

    /** The step's official amounts as a list under its heading, or empty when it has none. */
    String costs(Step step) {
        if (step.costs().isEmpty()) {
            return "";
        }
        return t("route.need.costs")
                + "\n"
                + bullets(step.costs().stream().map(c -> cost(book.costs().get(c))).toList());
    }

    String office(Office o) {
        List<String> lines = new ArrayList<>();
        lines.add("<b>" + Html.escape(o.name().in(lang)) + "</b>");
        lines.add(o.does().in(lang));
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, Detail> e : o.details().entrySet()) {
            Detail d = e.getValue();
            if (!d.known()) {
                unknown.add(t("route.detail." + e.getKey()));
            } else if (d.line() != null) {
                lines.add(t("route.office.phone", line(d.line())));
            } else {
                lines.add(t("route.office." + e.getKey(), Html.escape(d.text())));
            }
        }
        if (!unknown.isEmpty()) {
            String ask = o.howToAsk().in(lang);
            List<String> asks = o.askLines().stream().map(this::line).toList();
            lines.add(
                    t("route.office.unknown", String.join(", ", unknown), ask)
                            + (asks.isEmpty() ? "" : "\n" + bullets(asks)));
        }
        o.notes().forEach(n -> lines.add("ℹ️ " + n.in(lang)));
        return String.join("\n", lines);
    }

    /**
     * The last screen: done, and the destination's help numbers themselves (trial 17 D25: it said
     * "keep the help numbers" without showing them); KP2MI from abroad when the country has none.
     */
    String finished(String country) {
        List<String> lines =
                book.country(country).map(RouteBook.Country::lines).orElse(List.of()).stream()
                        .map(this::line)
                        .filter(l -> !l.isEmpty())
                        .toList();
        if (lines.isEmpty() && book.lines().containsKey("kp2mi-from-abroad")) {
            lines = List.of(line("kp2mi-from-abroad"));
        }
        return t("route.finished") + (lines.isEmpty() ? "" : "\n" + bullets(lines));
    }

    /** "Saya ragu": why it protects you, what a calo says, and whom to ask. */
    String doubt(Step step) {
        List<String> parts = new ArrayList<>();
        parts.add(t("route.why", step.why().in(lang)));
        parts.add(t("route.calo", step.caloSays().in(lang)));
        List<String> lines = new ArrayList<>(step.hotlines().stream().map(this::line).toList());
        if (lines.isEmpty() && book.lines().containsKey("kp2mi-call-center")) {
            lines.add(line("kp2mi-call-center"));
        }
        parts.add(t("route.doubt.ask") + "\n" + bullets(lines));
        return String.join("\n\n", parts);
    }

    /** "Selengkapnya": the longer text, notes for this country and work, and the sources. */
    String more(Step step, String country, String work) {
        List<String> parts = new ArrayList<>();
        parts.add("<b>" + Html.escape(step.title().in(lang)) + "</b>");
        if (!step.more().isEmpty()) {
            parts.add(step.more().in(lang).strip());
        }
        book.notes(step.id(), country, work).forEach(n -> parts.add("ℹ️ " + n.text().in(lang)));
        parts.add(t("route.sources", sources(step)));
        return String.join("\n\n", parts);
    }

    /** The sources of the step's costs first, then of its other facts; at most five. */
    String sources(Step step) {
        Set<String> rows = new LinkedHashSet<>();
        step.costs().stream().map(book.costs()::get).forEach(c -> rows.add(c.fact()));
        rows.addAll(step.facts());
        return sources(rows);
    }

    /** The first source of each FACTS row, as links; at most five. */
    String sources(Collection<String> rows) {
        Set<String> links = new LinkedHashSet<>();
        rows.stream()
                .map(book.facts()::get)
                .filter(f -> f != null)
                .flatMap(f -> f.sources().stream().limit(1))
                .forEach(
                        s ->
                                links.add(
                                        "<a href=\""
                                                + Html.escape(s.url())
                                                + "\">"
                                                + Html.escape(s.publisher())
                                                + "</a>"));
        return String.join(", ", links.stream().limit(5).toList());
    }

    String line(String id) {
        RouteBook.Line l = book.lines().get(id);
        return l == null
                ? ""
                : Html.escape(l.name().in(lang)) + ": <b>" + Html.escape(l.number()) + "</b>";
    }

    String country(RouteBook.Country c) {
        List<String> parts = new ArrayList<>();
        c.notes().forEach(n -> parts.add("ℹ️ " + n.in(lang)));
        if (!c.lines().isEmpty()) {
            parts.add(bullets(c.lines().stream().map(this::line).toList()));
        }
        return String.join("\n", parts);
    }

    private static String bullets(List<String> items) {
        return String.join(
                "\n", items.stream().filter(s -> !s.isBlank()).map(s -> "• " + s).toList());
    }

    private static String join(List<String> items) {
        return Html.escape(String.join(", ", items));
    }

    private String t(String key, Object... args) {
        return texts.get(lang, key, args);
    }

    static String text(Localized l, String lang) {
        return l == null ? "" : l.in(lang);
    }
}
