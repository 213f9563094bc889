package id.migrasiaman.route;

import id.migrasiaman.knowledge.Localized;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The legal route content of {@code content/route/}, as loaded and checked: steps, the routes that
 * order them, offices, costs, documents, the FACTS rows they rely on and the help lines they name.
 */
record RouteBook(
        Map<String, Step> steps,
        List<Country> countries,
        List<Work> works,
        List<Plan> plans,
        Map<String, Office> offices,
        Map<String, Cost> costs,
        Map<String, Localized> documents,
        Map<String, Fact> facts,
        Map<String, Line> lines,
        List<Note> notes,
        Localized totalDuration) {

    /** The route for a country and a kind of work, if there is one. */
    Optional<Plan> plan(String country, String work) {
        return plans.stream()
                .filter(p -> p.countries().contains(country) && p.works().contains(work))
                .findFirst();
    }

    Optional<Country> country(String id) {
        return countries.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    Optional<Work> work(String id) {
        return works.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    /** The notes on {@code step} for this country and work. */
    List<Note> notes(String step, String country, String work) {
        return notes.stream()
                .filter(n -> n.step().equals(step))
                .filter(n -> n.countries().isEmpty() || n.countries().contains(country))
                .filter(n -> n.works().isEmpty() || n.works().contains(work))
                .toList();
    }

    /** One step; {@code duration} is null when unknown. */
    record Step(
            String id,
            Localized title,
            Localized what,
            Localized why,
            List<String> offices,
            List<String> bring,
            List<String> costs,
            Localized duration,
            Localized caloSays,
            Localized more,
            List<String> hotlines,
            String topic,
            Localized howToAsk,
            List<String> facts) {}

    /** An office detail: known with its FACTS row, a help line, or unknown ({@code fact} null). */
    record Detail(String text, String line, String fact) {
        static final Detail UNKNOWN = new Detail(null, null, null);

        boolean known() {
            return fact != null;
        }
    }

    record Office(
            String id,
            Localized name,
            Localized shortName,
            Localized does,
            Map<String, Detail> details,
            List<Localized> notes,
            Localized howToAsk,
            List<String> askLines) {}

    /** An official amount in rupiah; {@code amount} null when unknown. */
    record Cost(
            String id, Localized name, Long amount, String fact, String basis, Localized whoPays) {}

    record Country(
            String id,
            List<String> also,
            Localized name,
            String status,
            List<String> lines,
            List<Localized> notes,
            String topic) {
        boolean open() {
            return "open".equals(status);
        }
    }

    record Work(String id, Localized name, boolean zeroCost) {}

    record Plan(
            String id,
            Localized name,
            List<String> countries,
            List<String> works,
            List<String> steps) {}

    record Note(String step, List<String> countries, List<String> works, Localized text) {}

    /** A FACTS row: its paraphrase and the sources the bot may name. */
    record Fact(String id, String says, List<Source> sources) {}

    record Source(String url, String publisher) {}

    /** A help line of {@code hotlines.yml}. */
    record Line(String id, Localized name, String number) {}
}
