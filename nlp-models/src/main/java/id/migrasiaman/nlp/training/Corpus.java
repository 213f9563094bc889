package id.migrasiaman.nlp.training;

import id.migrasiaman.nlp.Intent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads corpus files: UTF-8 TSV with a {@code label<TAB>text} header; the file name up to its first
 * dot is the language ({@code id.tsv}, {@code mkn.tsv}, {@code en.tsv}; a batch kept apart so its
 * lines can be seen as one, {@code id.understand14.tsv}, is Indonesian too).
 */
public final class Corpus {

    private Corpus() {}

    /** Every {@code *.tsv} file in {@code folder}, in file-name order. */
    public static List<LabelledMessage> readFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<LabelledMessage> all = new ArrayList<>();
            files.filter(f -> f.getFileName().toString().endsWith(".tsv"))
                    .sorted()
                    .forEach(f -> all.addAll(read(f)));
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One file. Blank lines are skipped; a line without a tab or with an unknown label fails with
     * its line number, so a typo in the corpus stops the build instead of training on noise.
     */
    public static List<LabelledMessage> read(Path file) {
        String name = file.getFileName().toString();
        String language = language(name);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<LabelledMessage> messages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "");
            if (line.isBlank() || (i == 0 && line.startsWith("label\t"))) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": no tab");
            }
            String label = label(line.substring(0, tab), file, i + 1);
            messages.add(new LabelledMessage(language, label, line.substring(tab + 1).strip()));
        }
        return messages;
    }

    /**
     * The file name up to its first dot: {@code id.tsv} and {@code id.understand14.tsv} are "id".
     */
    static String language(String fileName) {
        int dot = fileName.indexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    private static String label(String label, Path file, int line) {
        try {
            return Intent.fromLabel(label).label();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ":" + line + ": " + e.getMessage(), e);
        }
    }
}
