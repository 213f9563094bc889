package id.migrasiaman.knowledge.content;

import java.util.List;
import java.util.stream.Stream;

/** The ways users ask for a topic, per language: Indonesian, Kupang Malay and English. */
public record Phrasings(List<String> id, List<String> mkn, List<String> en) {

    public Phrasings {
        id = List.copyOf(id);
        mkn = List.copyOf(mkn);
        en = List.copyOf(en);
    }

    /** The phrasings of one language code ({@code id}, {@code mkn} or {@code en}). */
    public List<String> in(String language) {
        return switch (language) {
            case "mkn" -> mkn;
            case "en" -> en;
            default -> id;
        };
    }

    public static final List<String> LANGUAGES = List.of("id", "mkn", "en");

    public static final Phrasings NONE = new Phrasings(List.of(), List.of(), List.of());

    /** Every phrasing, language by language in {@link #LANGUAGES} order. */
    public List<String> all() {
        return Stream.of(id, mkn, en).flatMap(List::stream).toList();
    }
}
