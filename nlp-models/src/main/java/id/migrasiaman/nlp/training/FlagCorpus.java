package id.migrasiaman.nlp.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the flag corpus ({@code corpus/flags/*.tsv}): UTF-8 TSV with a {@code flags<TAB>text}
 * header; {@code flags} is {@code none} or red-flag ids separated by commas ({@code
 * upfront-fees,visit-visa}); the file name up to its first dot is the language ({@code
 * id.spent.tsv} is Indonesian). A line {@code #! unlabelled: a,b} says that the lines after it were
 * written by someone who did not know flags {@code a} and {@code b}: they teach neither a yes nor a
 * no to those flags' models. A malformed line stops the build with its file and line number.
 */
public final class FlagCorpus {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    /**
     * A directive line: the flag ids the following lines' writer did not know (an evaluation set
     * written before those flags existed), until the next directive.
     */
    static final String UNLABELLED = "#! unlabelled:";

    private FlagCorpus() {}

    /** Every {@code *.tsv} file in {@code folder}, in file-name order; empty when it is missing. */
    public static List<FlaggedMessage> readFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<FlaggedMessage> all = new ArrayList<>();
            files.filter(f -> f.getFileName().toString().endsWith(".tsv"))
                    .sorted()
                    .forEach(f -> all.addAll(read(f)));
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One file. */
    public static List<FlaggedMessage> read(Path file) {
        String language = Corpus.language(file.getFileName().toString());
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<FlaggedMessage> messages = new ArrayList<>();
        Set<String> unlabelled = Set.of();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "");
            if (line.startsWith(UNLABELLED)) {
                String ids = line.substring(UNLABELLED.length()).strip();
                unlabelled = ids.isEmpty() ? Set.of() : flags(ids, file, i + 1);
                continue;
            }
            if (line.isBlank() || line.startsWith("#") || (i == 0 && line.startsWith("flags\t"))) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": no tab");
            }
            Set<String> flags = flags(line.substring(0, tab), file, i + 1);
            messages.add(
                    new FlaggedMessage(
                            language, flags, line.substring(tab + 1).strip(), unlabelled));
        }
        return messages;
    }

    /** Every flag id that some message shows, sorted. */
    public static List<String> ids(List<FlaggedMessage> corpus) {
        Set<String> ids = new TreeSet<>();
        corpus.forEach(m -> ids.addAll(m.flags()));
        return List.copyOf(ids);
    }

    private static Set<String> flags(String field, Path file, int line) {
        String value = field.strip();
        if (value.equals("none")) {
            return Set.of();
        }
        Set<String> flags = new LinkedHashSet<>();
        for (String id : value.split(",")) {
            String flag = id.strip();
            if (!ID.matcher(flag).matches()) {
                throw new IllegalArgumentException(
                        file + ":" + line + ": '" + flag + "' is not a flag id (or none)");
            }
            flags.add(flag);
        }
        return flags;
    }
}
