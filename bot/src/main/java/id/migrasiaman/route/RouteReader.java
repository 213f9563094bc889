package id.migrasiaman.route;

import id.migrasiaman.knowledge.Localized;
import id.migrasiaman.route.RouteBook.Cost;
import id.migrasiaman.route.RouteBook.Country;
import id.migrasiaman.route.RouteBook.Detail;
import id.migrasiaman.route.RouteBook.Fact;
import id.migrasiaman.route.RouteBook.Line;
import id.migrasiaman.route.RouteBook.Note;
import id.migrasiaman.route.RouteBook.Office;
import id.migrasiaman.route.RouteBook.Plan;
import id.migrasiaman.route.RouteBook.Source;
import id.migrasiaman.route.RouteBook.Step;
import id.migrasiaman.route.RouteBook.Work;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code route/*.yml} and {@code hotlines.yml} into a {@link RouteBook}; no checks here. */
final class RouteReader {

    static final List<String> DETAILS = List.of("address", "phone", "whatsapp", "days", "hours");

    private RouteReader() {}

    static RouteBook read(Path contentDir, List<String> problems) {
        Path dir = contentDir.resolve("route");
        Map<String, Object> routes = Yaml.file(dir.resolve("routes.yml"), problems);
        Map<String, Object> total = Yaml.map(routes.get("total_duration"));
        return new RouteBook(
                byId(
                        Yaml.maps(Yaml.file(dir.resolve("steps.yml"), problems).get("steps")),
                        RouteReader::step),
                Yaml.maps(routes.get("countries")).stream().map(RouteReader::country).toList(),
                Yaml.maps(routes.get("works")).stream().map(RouteReader::work).toList(),
                Yaml.maps(routes.get("routes")).stream().map(RouteReader::plan).toList(),
                byId(
                        Yaml.maps(Yaml.file(dir.resolve("offices.yml"), problems).get("offices")),
                        RouteReader::office),
                byId(
                        Yaml.maps(Yaml.file(dir.resolve("costs.yml"), problems).get("costs")),
                        RouteReader::cost),
                documents(Yaml.file(dir.resolve("documents.yml"), problems)),
                facts(Yaml.file(dir.resolve("facts.yml"), problems)),
                byId(
                        Yaml.maps(
                                Yaml.file(contentDir.resolve("hotlines.yml"), problems)
                                        .get("hotlines")),
                        RouteReader::line),
                Yaml.maps(routes.get("notes")).stream().map(RouteReader::note).toList(),
                Yaml.maps(routes.get("asks")).stream().map(RouteReader::ask).toList(),
                orNone(Yaml.text(total.get("unknown"))),
                orNone(Yaml.text(total.get("g_to_g"))));
    }

    private interface Reader<T> {
        T read(Map<String, Object> m);
    }

    private static <T> Map<String, T> byId(List<Map<String, Object>> items, Reader<T> reader) {
        Map<String, T> out = new LinkedHashMap<>();
        items.forEach(m -> out.put(Yaml.str(m.get("id")), reader.read(m)));
        return out;
    }

    private static Localized orNone(Localized text) {
        return text == null ? Localized.NONE : text;
    }

    private static Step step(Map<String, Object> m) {
        return new Step(
                Yaml.str(m.get("id")),
                orNone(Yaml.text(m.get("title"))),
                orNone(Yaml.text(m.get("what"))),
                orNone(Yaml.text(m.get("why"))),
                Yaml.strings(m.get("offices")),
                Yaml.strings(m.get("bring")),
                Yaml.strings(m.get("costs")),
                Yaml.unknown(m.get("duration")) ? null : Yaml.text(m.get("duration")),
                orNone(Yaml.text(m.get("calo_says"))),
                orNone(Yaml.text(m.get("more"))),
                Yaml.strings(m.get("hotlines")),
                Yaml.str(m.get("topic")),
                orNone(Yaml.text(m.get("how_to_ask"))),
                Yaml.strings(m.get("facts")),
                Yaml.text(m.get("appointment")),
                orNone(Yaml.text(m.get("g_to_g_how_to_ask"))));
    }

    private static RouteBook.Ask ask(Map<String, Object> m) {
        return new RouteBook.Ask(
                Yaml.strings(m.get("countries")),
                Yaml.strings(m.get("works")),
                orNone(Yaml.text(m)),
                Yaml.strings(m.get("hotlines")),
                Yaml.strings(m.get("facts")));
    }

    private static Office office(Map<String, Object> m) {
        Map<String, Detail> details = new LinkedHashMap<>();
        for (String key : DETAILS) {
            Object value = m.get(key);
            Map<String, Object> d = Yaml.map(value);
            details.put(
                    key,
                    Yaml.unknown(value)
                            ? Detail.UNKNOWN
                            : new Detail(
                                    Yaml.str(d.get("text")),
                                    Yaml.str(d.get("hotline")),
                                    value instanceof Map<?, ?>
                                            ? String.valueOf(d.getOrDefault("fact", "(none)"))
                                            : "raw:" + value));
        }
        Map<String, Object> ask = Yaml.map(m.get("how_to_ask"));
        return new Office(
                Yaml.str(m.get("id")),
                orNone(Yaml.text(m.get("name"))),
                orNone(Yaml.text(m.get("short"))),
                orNone(Yaml.text(m.get("does"))),
                details,
                Yaml.maps(m.get("notes")).stream().map(Yaml::text).toList(),
                orNone(Yaml.text(ask)),
                Yaml.maps(ask.get("hotlines")).stream()
                        .map(h -> Yaml.str(h.get("hotline")))
                        .toList(),
                Yaml.strings(m.get("facts")));
    }

    private static Cost cost(Map<String, Object> m) {
        Object amount = m.get("amount");
        return new Cost(
                Yaml.str(m.get("id")),
                orNone(Yaml.text(m.get("name"))),
                amount instanceof Number n ? n.longValue() : null,
                Yaml.str(m.get("fact")),
                Yaml.str(m.get("basis")),
                Yaml.text(m.get("who_pays")));
    }

    private static Country country(Map<String, Object> m) {
        return new Country(
                Yaml.str(m.get("id")),
                Yaml.strings(m.get("also")),
                orNone(Yaml.text(m.get("name"))),
                Yaml.str(m.get("status")),
                Yaml.strings(m.get("hotlines")),
                Yaml.maps(m.get("notes")).stream().map(Yaml::text).toList(),
                Yaml.str(m.get("topic")));
    }

    private static Work work(Map<String, Object> m) {
        return new Work(
                Yaml.str(m.get("id")),
                orNone(Yaml.text(m.get("name"))),
                m.get("zero_cost") != null);
    }

    private static Plan plan(Map<String, Object> m) {
        return new Plan(
                Yaml.str(m.get("id")),
                orNone(Yaml.text(m.get("name"))),
                Yaml.strings(m.get("countries")),
                Yaml.strings(m.get("works")),
                Yaml.strings(m.get("steps")),
                Yaml.str(m.get("placed_by")));
    }

    private static Note note(Map<String, Object> m) {
        return new Note(
                Yaml.str(m.get("step")),
                Yaml.strings(m.get("countries")),
                Yaml.strings(m.get("works")),
                orNone(Yaml.text(m)));
    }

    private static Line line(Map<String, Object> m) {
        return new Line(
                Yaml.str(m.get("id")), orNone(Yaml.text(m.get("name"))), Yaml.str(m.get("number")));
    }

    private static Map<String, Localized> documents(Map<String, Object> file) {
        Map<String, Localized> out = new LinkedHashMap<>();
        Yaml.maps(file.get("documents"))
                .forEach(m -> out.put(Yaml.str(m.get("id")), orNone(Yaml.text(m.get("name")))));
        return out;
    }

    private static Map<String, Fact> facts(Map<String, Object> file) {
        Map<String, Fact> out = new LinkedHashMap<>();
        Yaml.map(file.get("facts"))
                .forEach(
                        (id, value) -> {
                            Map<String, Object> m = Yaml.map(value);
                            List<Source> sources =
                                    Yaml.maps(m.get("sources")).stream()
                                            .map(
                                                    s ->
                                                            new Source(
                                                                    Yaml.str(s.get("url")),
                                                                    Yaml.str(s.get("publisher"))))
                                            .toList();
                            out.put(
                                    String.valueOf(id),
                                    new Fact(String.valueOf(id), Yaml.str(m.get("says")), sources));
                        });
        return out;
    }
}
