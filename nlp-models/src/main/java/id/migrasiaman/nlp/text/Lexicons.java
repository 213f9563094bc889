package id.migrasiaman.nlp.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the editable data files under {@code id/migrasiaman/nlp/lexicon/}. */
public final class Lexicons {

    private static final String FOLDER = "/id/migrasiaman/nlp/lexicon/";

    private Lexicons() {}

    /** The non-comment rows of a tab-separated file, each split on tabs (trailing fields kept). */
    public static List<String[]> rows(String file) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(file)) {
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    /** A two-column file as an ordered map from the first column to the second. */
    public static Map<String, String> map(String file) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String[] row : rows(file)) {
            if (row.length < 2) {
                throw new IllegalStateException(file + ": expected key<TAB>value in " + row[0]);
            }
            if (map.putIfAbsent(row[0].strip(), row[1].strip()) != null) {
                throw new IllegalStateException(file + ": duplicate key " + row[0]);
            }
        }
        return map;
    }

    /** The non-blank lines that are not {@code #} comments. */
    public static List<String> lines(String file) {
        InputStream in = Lexicons.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("missing lexicon " + FOLDER + file);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
