package id.migrasiaman.emergency;

import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.safety.DangerAssessment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a text written after an urgent report is. A {@link Kind#FACT} carries something staff can
 * act on: a danger word, a place, country or city, a person or relationship, a time, a phone or an
 * address (from the analyser's entities and {@code follow-ups.tsv}), or it answers the bot's own
 * message (a Telegram reply to it). A {@link Kind#QUESTION} is answered, {@link Kind#THANKS}
 * ("makasih kak") a short "you're welcome", {@link Kind#SMALL_TALK} ("ok", "hehe") a short note, an
 * {@link Kind#ERRAND} ("tolong ajar sa PR matematika") the usual answer, and everything else is
 * {@link Kind#UNCLEAR}: the person chooses whether it belongs in the report. Thread-safe.
 */
final class FollowUps {

    /** The kinds of follow-up text, each answered differently. */
    enum Kind {
        FACT,
        QUESTION,
        SMALL_TALK,
        THANKS,
        /** An everyday request that has nothing to do with the danger (homework, a recipe). */
        ERRAND,
        UNCLEAR
    }

    /** Danger-check kinds that name something concrete (a person, a thing held, a move...). */
    private static final Set<String> FACT_SIGNALS =
            Set.of(
                    "harm", "lock", "held", "hold", "move", "take", "agent", "person", "missing",
                    "lost", "flee", "evict", "coerce", "covert", "minor", "worry", "plea");

    private static final String RESOURCE = "/id/migrasiaman/emergency/follow-ups.tsv";
    private static final Map<String, String> WORDS = load();
    private static final Pattern CLOCK =
            Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\b|\\b\\d{1,2} ?(am|pm|wib|wita|wit)\\b");
    private static final Pattern LAUGHTER = Pattern.compile("(w+k+)+w*|(h+[aeiou]+)+h*|x+d+");

    /** Ends of sentences, the question mark kept with its sentence. */
    private static final Pattern SENTENCE = Pattern.compile("(?<=[?!.])\\s+|\\n+");

    private static final String CHAT = "chat";
    private static final String THANKS = "thanks";
    private static final String PLACE = "place";
    private static final String TIME = "time";
    private static final String LAUGH = "laugh";
    private static final String ERRAND = "errand";
    private static final int LONGEST = 4;

    private FollowUps() {}

    /**
     * The kind of {@code text}, written while urgent report {@code code} is open; {@code replyTo}
     * is the text of the bot's message it answers (a channel's reply), or null.
     */
    static Kind of(
            String text, Analysis analysis, DangerAssessment danger, String replyTo, String code) {
        boolean answersUs = replyTo != null && code != null && replyTo.contains(code);
        if (!answersUs && errand(text, analysis, danger)) {
            return Kind.ERRAND;
        }
        // A clear question is answered even when it carries a fact word ("majikan boleh pegang
        // paspor gak?"); the triage adds one that tells of danger at once.
        if (EmergencyTriage.question(text, analysis)) {
            return Kind.QUESTION;
        }
        if (danger.level().atLeastWeak()) {
            return Kind.FACT;
        }
        if (carriesFacts(text, analysis, danger)) {
            return Kind.FACT;
        }
        if (smallTalk(text, analysis)) {
            return scan(words(text)).contains(THANKS) ? Kind.THANKS : Kind.SMALL_TALK;
        }
        return answersUs ? Kind.FACT : Kind.UNCLEAR;
    }

    /**
     * "tolong kirim jawaban no 5 dong kak", "adik sa minta tolong ajar PR matematika": the danger
     * check found no danger and the plea's object everyday (no harm, no child, no one placed), the
     * text names homework, a recipe, a song or a game, and no place, phone or amount.
     */
    private static boolean errand(String text, Analysis analysis, DangerAssessment danger) {
        Entities e = analysis.entities();
        return !danger.level().atLeastWeak()
                && danger.signals().contains(ERRAND)
                && scan(words(text)).contains(ERRAND)
                && e.phones().isEmpty()
                && e.destinations().isEmpty()
                && e.transits().isEmpty()
                && e.kecamatan().isEmpty()
                && e.amounts().isEmpty();
    }

    /** Whether {@code text} names a place, person, time, phone, address or danger. */
    static boolean carriesFacts(String text, Analysis analysis, DangerAssessment danger) {
        Entities e = analysis.entities();
        if (!e.phones().isEmpty()
                || !e.destinations().isEmpty()
                || !e.transits().isEmpty()
                || !e.kecamatan().isEmpty()
                || !e.amounts().isEmpty()
                || !e.ages().isEmpty()) {
            return true;
        }
        if (danger.signals().stream().anyMatch(FACT_SIGNALS::contains)) {
            return true;
        }
        String words = words(text);
        return CLOCK.matcher(words).find()
                || scan(words).stream()
                        .filter(Objects::nonNull)
                        .anyMatch(
                                k ->
                                        !CHAT.equals(k)
                                                && !THANKS.equals(k)
                                                && !LAUGH.equals(k)
                                                && !ERRAND.equals(k));
    }

    /**
     * Whether {@code text} says where beside its question ("petugas bisa datang ko? rumah cat hijau
     * dekat pasar"): another of its sentences is no question and names a place or a time.
     */
    static boolean placeBesideQuestion(String text, Analysis analysis) {
        String[] sentences = SENTENCE.split(text.strip());
        if (sentences.length < 2) {
            return false;
        }
        for (String sentence : sentences) {
            String words = words(sentence);
            if (!words.isEmpty()
                    && !sentence.strip().endsWith("?")
                    && !EmergencyTriage.question(sentence, analysis)
                    && (CLOCK.matcher(words).find()
                            || scan(words).stream()
                                    .anyMatch(k -> PLACE.equals(k) || TIME.equals(k)))) {
                return true;
            }
        }
        return false;
    }

    /** Thanks, okay, laughter, a greeting or emoji only, with polite fillers around. */
    static boolean smallTalk(String text, Analysis analysis) {
        String words = words(text);
        if (words.isEmpty() || analysis.intent() == Intent.GREETING) {
            return true;
        }
        return scan(words).stream()
                .allMatch(k -> CHAT.equals(k) || THANKS.equals(k) || LAUGH.equals(k));
    }

    /**
     * The kind of each phrase of {@code words}, the longest listed phrase at each position first; a
     * word not listed is {@code null}, laughter ("wkwk", "hehe") is {@link #LAUGH}.
     */
    private static List<String> scan(String words) {
        String[] tokens = words.isEmpty() ? new String[0] : words.split(" ");
        List<String> kinds = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            int taken = 1;
            String kind = LAUGHTER.matcher(tokens[i]).matches() ? LAUGH : null;
            for (int n = Math.min(LONGEST, tokens.length - i); n >= 1 && kind == null; n--) {
                kind = WORDS.get(String.join(" ", Arrays.copyOfRange(tokens, i, i + n)));
                taken = n;
            }
            kinds.add(kind);
            i += kind == null ? 1 : taken;
        }
        return kinds;
    }

    static String words(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}:. ]", " ")
                .replaceAll("(?<!\\d)[:.]|[:.](?!\\d)", " ")
                .strip()
                .replaceAll("\\s+", " ");
    }

    private static Map<String, String> load() {
        Map<String, String> words = new HashMap<>();
        try (InputStream in = FollowUps.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cells = line.split("\t");
                if (!line.startsWith("#") && cells.length == 2) {
                    words.put(words(cells[0]), cells[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(words);
    }
}
