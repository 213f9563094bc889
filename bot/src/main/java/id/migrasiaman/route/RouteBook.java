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
        List<Ask> asks,
        Localized totalDuration,
        Localized totalDurationGovernment) {

    /** The office that stands where a step names the private agency on a P to P route. */
    static final String AGENCY = "p3mi";

    /** The {@code index}-th step of {@code plan}, as that route's scheme words it. */
    Step step(Plan plan, int index) {
        return steps.get(plan.steps().get(index)).on(plan);
    }

    /** How long the whole route takes, as far as anyone can say, for this route's scheme. */
    Localized totalDuration(Plan plan) {
        return plan.placedBy() != null && !totalDurationGovernment.isEmpty()
                ? totalDurationGovernment
                : totalDuration;
    }

    /** The route for a country and a kind of work, if there is one. */
    Optional<Plan> plan(String country, String work) {
        return plans.stream()
                .filter(p -> p.countries().contains(country) && p.works().contains(work))
                .findFirst();
    }

    /** What to say for a country and kind of work that has no route we can source, only "ask …". */
    Optional<Ask> ask(String country, String work) {
        return asks.stream()
                .filter(a -> a.countries().contains(country) && a.works().contains(work))
                .findFirst();
    }

    /** Whether the person can choose {@code work} for {@code country}: a route or an "ask". */
    boolean offers(String country, String work) {
        return plan(country, work).isPresent() || ask(country, work).isPresent();
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

    /**
     * One step; {@code duration} is null when unknown; {@code appointment} names what a date at
     * this step is for ("pemeriksaan kesehatan"), null when the step has no date to remember.
     */
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
            List<String> facts,
            Localized appointment,
            Localized howToAskGovernment) {

        /**
         * This step on {@code plan}: on a G to G route the government places the worker, so the
         * private agency's office gives way to the plan's placing office and "ask your P3MI" to the
         * step's government wording (FACTS 2.7).
         */
        Step on(Plan plan) {
            if (plan.placedBy() == null) {
                return this;
            }
            List<String> placed =
                    offices.stream()
                            .map(o -> o.equals(AGENCY) ? plan.placedBy() : o)
                            .distinct()
                            .toList();
            Localized ask = howToAskGovernment.isEmpty() ? howToAsk : howToAskGovernment;
            return new Step(
                    id,
                    title,
                    what,
                    why,
                    placed,
                    bring,
                    costs,
                    duration,
                    caloSays,
                    more,
                    hotlines,
                    topic,
                    ask,
                    facts,
                    appointment,
                    howToAskGovernment);
        }
    }

    /**
     * A country and kind of work our sources do not give a route for (an internship in Japan
     * through a sending organisation): what is sourced, and whom to ask.
     */
    record Ask(
            List<String> countries,
            List<String> works,
            Localized text,
            List<String> hotlines,
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
            List<String> askLines,
            List<String> facts) {}

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
            List<String> steps,
            String placedBy) {

        /** Whether the government places the worker on this route (G to G), not a P3MI. */
        boolean byGovernment() {
            return placedBy != null;
        }
    }

    record Note(String step, List<String> countries, List<String> works, Localized text) {}

    /** A FACTS row: its paraphrase and the sources the bot may name. */
    record Fact(String id, String says, List<Source> sources) {}

    record Source(String url, String publisher) {}

    /** A help line of {@code hotlines.yml}. */
    record Line(String id, Localized name, String number) {}
}
