package id.migrasiaman.safety;

import id.migrasiaman.nlp.Normaliser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The phrases of {@code danger.tsv}, each normalised as Indonesian (with the Kupang and chat
 * lexicons) and as English (through the glossary), so they match messages read either way.
 */
final class DangerLexicon {

    /** Kinds that are signals in their own right; the rules' helper kinds are valid too. */
    private static final Set<String> SIGNAL_KINDS =
            Set.of(
                    "harm",
                    "plea",
                    "worry",
                    "mask",
                    "past",
                    "safe",
                    "hypo",
                    "now",
                    "minor",
                    "errand",
                    "benign",
                    "jobloss",
                    "debt",
                    "referral",
                    "labour",
                    "jest",
                    "serious");

    static final Set<String> KINDS = union(SIGNAL_KINDS, DangerRules.HELPER_KINDS);
    private static final String RESOURCE = "/id/migrasiaman/safety/danger.tsv";

    private final Normaliser normaliser;
    private final PhraseIndex index = new PhraseIndex();

    DangerLexicon(Normaliser normaliser) {
        this.normaliser = normaliser;
        entries().forEach(e -> add(e.phrase(), e.kind()));
    }

    /** One line of {@code danger.tsv}: a phrase and its kind. */
    record Entry(String phrase, String kind) {}

    /** The lines of {@code danger.tsv}, checked (every kind known); the one reader of the file. */
    static List<Entry> entries() {
        try (InputStream in = DangerLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Entry> read(BufferedReader reader) throws IOException {
        List<Entry> entries = new java.util.ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            String kind = cells.length == 2 ? cells[1].strip() : "";
            if (!KINDS.contains(kind)) {
                throw new IllegalStateException(
                        "danger.tsv line " + number + ": expected phrase<TAB>kind");
            }
            entries.add(new Entry(cells[0].strip(), kind));
        }
        return entries;
    }

    private void add(String phrase, String kind) {
        index.add(normaliser.tokens(phrase, "id"), kind);
        index.add(normaliser.tokens(phrase, "en"), kind);
    }

    /** The normalised tokens of {@code text} read as {@code language} ({@code en} or not). */
    List<String> tokens(String text, String language) {
        return normaliser.tokens(text, language);
    }

    /** The phrases found in {@code tokens}. */
    List<PhraseIndex.Match> find(List<String> tokens) {
        return index.find(tokens);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
