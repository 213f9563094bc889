package id.migrasiaman.reports.chat;

import id.migrasiaman.reports.brokers.BrokerNames;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The recruiter a message names before the report asks "who?": "namanya pak Benyamin dari Baun",
 * "WA Bpk Lukas 081399887766" in a checked ad (trial 17, D31, D21). The words as written, so the
 * report shows them as known and the person can change them.
 */
final class RecruiterNamed {

    private static final String TITLE =
            "(?i:"
                    + BrokerNames.TITLES.stream()
                            .sorted(Comparator.comparing(String::length).reversed())
                            .collect(Collectors.joining("|"))
                    + ")\\.?";

    /** A name: a capitalised word, and a second one if it follows. */
    private static final String NAME = "[A-Z][a-zA-Z'-]+(?:\\s+[A-Z][a-zA-Z'-]+)?";

    /** Where the person is from: "dari Baun", "from Oesao". */
    private static final String FROM = "(?:\\s+(?:dari|dr|asal|from)\\s+[A-Z][a-zA-Z'-]+)?";

    /** "namanya pak Benyamin", "nama calonya om Yakob", "namanya Lukas". */
    private static final Pattern NAMED =
            Pattern.compile(
                    "\\b(?:[Nn]amanya|[Nn]ama\\s+(?:calo|calonya|orangnya|perekrutnya|dia)|[Hh]is"
                            + " name is|[Hh]er name is)\\s*:?\\s+((?:"
                            + TITLE
                            + "\\s+)?"
                            + NAME
                            + FROM
                            + ")");

    /** "pak Benyamin dari Baun", "Bpk Lukas". */
    private static final Pattern TITLED =
            Pattern.compile("(?<![\\w])(" + TITLE + "\\s+" + NAME + FROM + ")");

    private RecruiterNamed() {}

    /** The recruiter named in {@code text}, as written; empty when none is named. */
    static Optional<String> in(String text) {
        for (Pattern p : new Pattern[] {NAMED, TITLED}) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /** {@code text} without the name it names (to see whether anything else is told). */
    static String without(String text, String name) {
        return text.replace(name, " ")
                .replaceAll("(?i)\\b(namanya|nama calonya|nama orangnya)\\b", " ")
                .replaceAll("\\s*,\\s*", " ")
                .strip();
    }
}
