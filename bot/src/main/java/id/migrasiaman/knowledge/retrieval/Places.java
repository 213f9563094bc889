package id.migrasiaman.knowledge.retrieval;

import id.migrasiaman.nlp.text.Lexicons;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a question is set: at home in Indonesia (a village of Kabupaten Kupang, Kupang itself, an
 * Indonesian city or island, "dalam negeri") or abroad (a destination country or city, "luar
 * negeri"). Everyday questions that share the topics' words are mostly set at home: BPJS for a job
 * at a shop in Kupang, a sewing course in town, a permission letter for a school trip to Bali,
 * money sent to a student in Java. The place lists are the analyser's lexicons ({@code
 * gazetteer.tsv}, {@code local-job-places.txt}, {@code destinations.tsv}) and a few words of our
 * own.
 */
final class Places {

    /** Where a question is set, when it says. */
    enum Where {
        HOME,
        ABROAD
    }

    private static final int LONGEST = 3;

    private static final Set<String> HOME = home();

    private static final Set<String> ABROAD = abroad();

    /**
     * Those who recruit for work abroad: a question about a PT or an agent in Kupang ("ada PT baru
     * buka di Kupang, izinnya ada?") is about recruitment wherever it is set.
     */
    private static final Set<String> RECRUITERS =
            Set.of(
                    "pt",
                    "agen",
                    "agent",
                    "agency",
                    "calo",
                    "sponsor",
                    "perekrut",
                    "recruiter",
                    "p3mi",
                    "pptkis");

    private Places() {}

    /**
     * ABROAD when the tokens name a place abroad (whatever else they name: "dari kupang ke
     * malaysia" is about going abroad); HOME when they only name places at home and no recruiter;
     * empty otherwise.
     */
    static Optional<Where> of(String[] tokens) {
        boolean home = false;
        boolean recruiter = false;
        for (int i = 0; i < tokens.length; i++) {
            recruiter |= RECRUITERS.contains(tokens[i]);
            StringBuilder name = new StringBuilder();
            for (int n = 0; n < LONGEST && i + n < tokens.length; n++) {
                if (n > 0) {
                    name.append(' ');
                }
                name.append(tokens[i + n]);
                String candidate = name.toString();
                if (ABROAD.contains(candidate)) {
                    return Optional.of(Where.ABROAD);
                }
                home |= HOME.contains(candidate);
            }
        }
        return home && !recruiter ? Optional.of(Where.HOME) : Optional.empty();
    }

    private static Set<String> home() {
        Set<String> names = new HashSet<>(Lexicons.map("gazetteer.tsv").keySet());
        names.addAll(Lexicons.lines("local-job-places.txt").stream().map(String::strip).toList());
        names.addAll(
                List.of(
                        "kupang",
                        "kota kupang",
                        "ntt",
                        "nusa tenggara timur",
                        "soe",
                        "atambua",
                        "kefa",
                        "flores",
                        "sumba",
                        "rote",
                        "alor",
                        "sabu",
                        "timor tengah",
                        "kalimantan",
                        "papua",
                        "sulawesi",
                        "sumatera",
                        "dalam negeri",
                        "dalam kota",
                        "domestic"));
        return Set.copyOf(names);
    }

    private static Set<String> abroad() {
        Set<String> names = new HashSet<>(Lexicons.map("destinations.tsv").keySet());
        names.addAll(
                List.of(
                        "luar negeri",
                        "ln",
                        "abroad",
                        "overseas",
                        "luar negri",
                        "mancanegara",
                        "timur tengah",
                        "middle east",
                        "gulf",
                        "teluk",
                        "jerman",
                        "germany",
                        "eropa",
                        "europe",
                        "darwin",
                        "perth"));
        return Set.copyOf(names);
    }
}
