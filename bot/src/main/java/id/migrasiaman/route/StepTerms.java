package id.migrasiaman.route;

import id.migrasiaman.conversation.Words;
import id.migrasiaman.route.RouteBook.Plan;
import id.migrasiaman.route.RouteBook.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Which step of the person's route a question names by the step's own words: its title ("berapa
 * lama pelatihan?"), a document it asks for or gives ("knp SKCK harus di polres?") or an office it
 * sends the person to ("dmn kantor polres?"). Retrieval answers with a topic, and a question about
 * the SKCK or "lapor diri" found no topic of the route: the guide refused it or answered the whole
 * route's duration (trial 12, D7, D9, D11, D12).
 */
final class StepTerms {

    /** Title words that name no one step: the guide's verbs and the report flow's word. */
    private static final Set<String> GENERIC =
            Set.of(
                    "cek",
                    "siapkan",
                    "daftar",
                    "lapor",
                    "berangkat",
                    "check",
                    "leave",
                    "register",
                    "abroad");

    /** Document-name words that every step shares or that say nothing alone. */
    private static final Set<String> VAGUE =
            Set.of(
                    "surat", "kerja", "work", "kantor", "pas", "bukti", "kartu", "free", "gratis",
                    "sarana", "izin");

    private static final int MIN_WORD = 3;

    private StepTerms() {}

    /** The index in {@code plan} of the step {@code text} names, nearest to {@code position}. */
    static Optional<Integer> named(RouteBook book, Plan plan, int position, String text) {
        String padded = Words.padded(text);
        return IntStream.range(0, plan.steps().size())
                .boxed()
                .filter(i -> names(book, book.steps().get(plan.steps().get(i)), padded))
                .min((a, b) -> Integer.compare(Math.abs(a - position), Math.abs(b - position)));
    }

    private static boolean names(RouteBook book, Step step, String padded) {
        return terms(book, step).stream().anyMatch(t -> padded.contains(" " + t + " "));
    }

    /** The words of a step's title (and the whole title), its documents and its offices. */
    static List<String> terms(RouteBook book, Step step) {
        List<String> terms = new ArrayList<>();
        for (String lang : List.of("id", "en")) {
            String title = normal(step.title().in(lang));
            terms.add(title);
            if (title.contains(" ")) {
                for (String w : title.split(" ")) {
                    if (w.length() > MIN_WORD + 1 && !GENERIC.contains(w) && !VAGUE.contains(w)) {
                        terms.add(w);
                    }
                }
            }
        }
        // "Berangkat & lapor diri": the two words together name the step.
        String title = normal(step.title().in("id"));
        if (title.contains("lapor diri")) {
            terms.add("lapor diri");
        }
        terms.removeIf(t -> GENERIC.contains(t) || t.isBlank());
        List<String> documents = new ArrayList<>(step.bring());
        documents.addAll(step.costs());
        for (String id : documents) {
            String first = normal(id.replace('-', ' ')).split(" ")[0];
            if (first.length() >= MIN_WORD && !VAGUE.contains(first)) {
                terms.add(first);
            }
        }
        for (String office : step.offices()) {
            RouteBook.Office o = book.offices().get(office);
            if (o != null) {
                String shortName = normal(o.shortName().in("id")).split(" ")[0];
                if (shortName.length() >= MIN_WORD + 1 && !VAGUE.contains(shortName)) {
                    terms.add(shortName);
                }
            }
        }
        return terms.stream().distinct().toList();
    }

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String normal(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
