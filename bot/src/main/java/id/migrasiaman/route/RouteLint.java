package id.migrasiaman.route;

import id.migrasiaman.knowledge.Localized;
import id.migrasiaman.route.RouteBook.Cost;
import id.migrasiaman.route.RouteBook.Detail;
import id.migrasiaman.route.RouteBook.Office;
import id.migrasiaman.route.RouteBook.Plan;
import id.migrasiaman.route.RouteBook.Step;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that keep the route honest: every reference resolves, every office detail and amount
 * names a FACTS row of {@code facts.yml}, a phone is always a line of {@code hotlines.yml}, and
 * whatever is unknown says how to ask.
 */
final class RouteLint {

    /**
     * A route is a short list a person can keep in mind: FACTS 2.1's eight stages plus checking the
     * agency, documents, training and the passport make twelve at most.
     */
    static final int MIN_STEPS = 6;

    static final int MAX_STEPS = 12;

    /** Seven or more digits with spaces or dashes between: a phone number typed into a text. */
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\d.,])\\+?\\d(?:[ -]?\\d){6,}(?!\\d|[.,]\\d)");

    private static final Pattern RUPIAH = Pattern.compile("Rp ?(\\d{1,3}(?:[.,]\\d{3})+)");
    static final int TITLE_MAX = 30;

    private final RouteBook book;
    private final List<String> problems = new ArrayList<>();

    private RouteLint(RouteBook book) {
        this.book = book;
    }

    static List<String> check(RouteBook book) {
        RouteLint lint = new RouteLint(book);
        lint.facts();
        book.steps().values().forEach(lint::step);
        book.offices().values().forEach(lint::office);
        book.costs().values().forEach(lint::cost);
        book.plans().forEach(lint::plan);
        book.plans().stream().filter(Plan::byGovernment).forEach(lint::placedBy);
        book.countries()
                .forEach(c -> lint.refs("country " + c.id(), "hotline", c.lines(), book.lines()));
        book.notes().forEach(n -> lint.refs("note", "step", List.of(n.step()), book.steps()));
        book.asks().forEach(lint::ask);
        return List.copyOf(lint.problems);
    }

    private void facts() {
        book.facts().values().stream()
                .filter(f -> f.sources().isEmpty() && !f.says().contains("not found"))
                .forEach(f -> problems.add("facts.yml: row " + f.id() + " has no source"));
    }

    private void step(Step s) {
        String where = "step " + s.id();
        refs(where, "office", s.offices(), book.offices());
        refs(where, "document", s.bring(), book.documents());
        refs(where, "cost", s.costs(), book.costs());
        refs(where, "hotline", s.hotlines(), book.lines());
        refs(where, "fact", s.facts(), book.facts());
        length(where, s.title());
        boolean unknownCost =
                s.costs().stream()
                        .map(book.costs()::get)
                        .anyMatch(c -> c != null && c.amount() == null);
        if ((s.duration() == null || unknownCost) && s.howToAsk().isEmpty()) {
            problems.add(where + ": duration or cost unknown but no how_to_ask");
        }
        for (Localized text : List.of(s.what(), s.why(), s.caloSays(), s.more(), s.howToAsk())) {
            noPhone(where, text);
            amountsSourced(where, text, s.facts());
        }
        if (s.appointment() != null) {
            length(where + " appointment", s.appointment());
        }
        if (s.what().id().isBlank() || s.what().en().isBlank()) {
            problems.add(where + ": `what` needs id and en");
        }
    }

    /** An "ask" replaces a route, so it must rest on FACTS rows and may not shadow one. */
    private void ask(RouteBook.Ask a) {
        String where = "ask " + a.countries() + " x " + a.works();
        refs(where, "fact", a.facts(), book.facts());
        refs(where, "hotline", a.hotlines(), book.lines());
        refs(where, "country", a.countries(), ids(book.countries(), RouteBook.Country::id));
        refs(where, "work", a.works(), ids(book.works(), RouteBook.Work::id));
        if (a.facts().isEmpty() || a.text().id().isBlank() || a.text().en().isBlank()) {
            problems.add(where + ": needs id, en and facts");
        }
        noPhone(where, a.text());
        amountsSourced(where, a.text(), a.facts());
        for (String c : a.countries()) {
            a.works().stream()
                    .filter(w -> book.plan(c, w).isPresent())
                    .forEach(w -> problems.add(where + ": route for " + c + " x " + w + " exists"));
        }
    }

    private static <T> Map<String, T> ids(
            List<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> out = new java.util.HashMap<>();
        items.forEach(i -> out.put(id.apply(i), i));
        return out;
    }

    private void office(Office o) {
        String where = "office " + o.id();
        length(where, o.shortName());
        boolean anyUnknown = false;
        for (Map.Entry<String, Detail> e : o.details().entrySet()) {
            Detail d = e.getValue();
            if (!d.known()) {
                anyUnknown = true;
                continue;
            }
            if (!book.facts().containsKey(d.fact())) {
                problems.add(
                        where
                                + ": "
                                + e.getKey()
                                + " names no FACTS row of facts.yml ("
                                + d.fact()
                                + ")");
            }
            boolean phone = e.getKey().equals("phone") || e.getKey().equals("whatsapp");
            if (phone && (d.line() == null || !book.lines().containsKey(d.line()))) {
                problems.add(where + ": " + e.getKey() + " must name a line of hotlines.yml");
            }
            if (!phone && (d.text() == null || d.text().isBlank())) {
                problems.add(where + ": " + e.getKey() + " has no text");
            }
        }
        if (anyUnknown && o.howToAsk().isEmpty()) {
            problems.add(where + ": unknown details but no how_to_ask");
        }
        refs(where, "hotline", o.askLines(), book.lines());
        refs(where, "fact", o.facts(), book.facts());
        noPhone(where, o.does());
        noPhone(where, o.howToAsk());
        o.notes().forEach(n -> noPhone(where, n));
    }

    private void cost(Cost c) {
        String where = "cost " + c.id();
        refs(where, "fact", List.of(String.valueOf(c.fact())), book.facts());
        if (c.amount() != null && c.amount() > 0 && book.facts().containsKey(c.fact())) {
            String says = book.facts().get(c.fact()).says().replace(",", ".");
            if (!says.contains(Money.digits(c.amount()))) {
                problems.add(
                        where
                                + ": amount "
                                + c.amount()
                                + " does not appear in FACTS row "
                                + c.fact());
            }
        }
        if (c.basis() != null && (c.basis().contains("(") || c.basis().contains(")"))) {
            // The step card shows the basis in parentheses after the amount: nested ones are
            // hard to read on a phone (trial 17 D25).
            problems.add(where + ": basis has parentheses; write it with a colon or a comma");
        }
    }

    private void plan(Plan p) {
        String where = "route " + p.id();
        refs(where, "step", p.steps(), book.steps());
        if (p.steps().size() < MIN_STEPS || p.steps().size() > MAX_STEPS) {
            problems.add(
                    where
                            + ": has "
                            + p.steps().size()
                            + " steps, not "
                            + MIN_STEPS
                            + " to "
                            + MAX_STEPS);
        }
        for (Plan other : book.plans()) {
            boolean overlap =
                    other != p
                            && other.countries().stream().anyMatch(p.countries()::contains)
                            && other.works().stream().anyMatch(p.works()::contains);
            if (overlap && other.id().compareTo(p.id()) > 0) {
                problems.add(where + ": serves the same country and work as route " + other.id());
            }
        }
    }

    /** A G to G route names the government office that stands where steps name the P3MI. */
    private void placedBy(Plan p) {
        refs("route " + p.id(), "placing office", List.of(p.placedBy()), book.offices());
    }

    private void refs(String where, String kind, Collection<String> ids, Map<String, ?> known) {
        ids.stream()
                .filter(id -> !known.containsKey(id))
                .forEach(id -> problems.add(where + ": unknown " + kind + " " + id));
    }

    private void length(String where, Localized label) {
        if (label.id().length() > TITLE_MAX || label.en().length() > TITLE_MAX) {
            problems.add(where + ": a button label is longer than " + TITLE_MAX + " characters");
        }
    }

    private void noPhone(String where, Localized text) {
        if (text == null) {
            return;
        }
        for (String t : List.of(text.id(), text.en())) {
            if (PHONE.matcher(t).find()) {
                problems.add(
                        where
                                + ": a text contains a phone number; name a line of hotlines.yml instead");
                return;
            }
        }
    }

    private void amountsSourced(String where, Localized text, List<String> facts) {
        Matcher m = RUPIAH.matcher(text.id() + " " + text.en());
        while (m.find()) {
            String amount = m.group(1).replace(",", ".");
            boolean sourced =
                    facts.stream()
                            .map(book.facts()::get)
                            .anyMatch(
                                    f -> f != null && f.says().replace(",", ".").contains(amount));
            if (!sourced) {
                problems.add(where + ": Rp" + amount + " appears in no FACTS row the step names");
            }
        }
    }
}
