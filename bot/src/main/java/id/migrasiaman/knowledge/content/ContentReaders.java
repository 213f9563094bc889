package id.migrasiaman.knowledge.content;

import id.migrasiaman.knowledge.Localized;
import id.migrasiaman.knowledge.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Turns the YAML of topics, hotlines and red flags into records, reporting missing fields. */
final class ContentReaders {

    private static final List<String> TOPIC_FIELDS =
            List.of(
                    "id",
                    "title",
                    "label",
                    "questions",
                    "answer",
                    "more",
                    "sources",
                    "last_reviewed",
                    "related",
                    "counts_as");

    private ContentReaders() {}

    static Topic topic(Fields f) {
        f.allowOnly(TOPIC_FIELDS);
        Phrasings questions = phrasings(f.child("questions"));
        return new Topic(
                f.file(),
                f.text("id"),
                f.localized("title"),
                questions,
                f.localized("answer"),
                f.optionalChild("more").map(ContentReaders::more).orElse(Localized.NONE),
                f.mappings("sources").stream().map(ContentReaders::source).toList(),
                f.date("last_reviewed"),
                f.texts("related"),
                f.optionalChild("label").map(ContentReaders::label).orElse(Localized.NONE),
                f.optionalText("counts_as"));
    }

    /** An optional short button text; when present, both languages are required. */
    private static Localized label(Fields label) {
        return new Localized(label.text("id"), label.text("en"));
    }

    private static Phrasings phrasings(Fields q) {
        return new Phrasings(q.texts("id"), q.texts("mkn"), q.texts("en"));
    }

    /** {@code off-topic.yml}: one {@code questions} mapping with id, mkn and en lists. */
    static Phrasings offTopic(Fields root) {
        root.allowOnly(List.of("questions"));
        return phrasings(root.child("questions"));
    }

    /** An optional "more" text: absent or both languages blank means none. */
    private static Localized more(Fields more) {
        Localized text = new Localized(more.optionalText("id"), more.optionalText("en"));
        if (!text.isEmpty() && (text.id().isEmpty() || text.en().isEmpty())) {
            more.report(text.id().isEmpty() ? "id" : "en", "is missing");
        }
        return text;
    }

    static Source source(Fields f) {
        return new Source(f.text("title"), f.text("publisher"), f.text("url"), f.date("date"));
    }

    static List<Hotline> hotlines(Fields root) {
        List<Hotline> hotlines = new ArrayList<>();
        for (Fields f : root.mappings("hotlines")) {
            String kind = f.text("kind");
            if (!kind.isEmpty() && !Set.of("phone", "whatsapp", "sms").contains(kind)) {
                f.report("kind", "'" + kind + "' must be phone, whatsapp or sms");
            }
            hotlines.add(
                    new Hotline(
                            f.text("id"),
                            f.localized("name"),
                            f.text("number"),
                            kind,
                            f.localized("when"),
                            source(f.child("source")),
                            f.text("confidence"),
                            countries(f)));
        }
        return hotlines;
    }

    /** The optional {@code countries} list: ISO-3166 codes or {@code abroad}. */
    private static List<String> countries(Fields f) {
        if (!f.has("countries")) {
            return List.of();
        }
        List<String> countries = f.texts("countries");
        countries.stream()
                .filter(c -> !c.matches("[A-Z]{2}") && !Hotline.ABROAD.equals(c))
                .forEach(
                        c ->
                                f.report(
                                        "countries",
                                        "'" + c + "' must be a two-letter country code or abroad"));
        return countries;
    }

    /** The fields of a red flag: a misspelt {@code recognised_by} must not pass unnoticed. */
    private static final List<String> FLAG_FIELDS =
            List.of("id", "title", "explanation", "patterns", "recognised_by", "source");

    static List<RedFlag> flags(Fields root) {
        List<RedFlag> flags = new ArrayList<>();
        for (Fields f : root.mappings("flags")) {
            f.allowOnly(FLAG_FIELDS);
            flags.add(
                    new RedFlag(
                            f.text("id"),
                            f.localized("title"),
                            f.localized("explanation"),
                            patterns(f),
                            source(f.child("source")),
                            recognition(f)));
        }
        return flags;
    }

    /** The optional {@code recognised_by}: {@code patterns} or {@code model-and-patterns}. */
    private static Recognition recognition(Fields f) {
        String value = f.optionalText("recognised_by");
        return Recognition.of(value)
                .orElseGet(
                        () -> {
                            f.report(
                                    "recognised_by",
                                    "'" + value + "' must be patterns or model-and-patterns");
                            return Recognition.MODEL_AND_PATTERNS;
                        });
    }

    private static List<Pattern> patterns(Fields f) {
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : f.texts("patterns")) {
            try {
                patterns.add(
                        Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                f.report(
                        "patterns",
                        "'" + regex + "' is not a valid regular expression: " + e.getDescription());
            }
        }
        return patterns;
    }
}
