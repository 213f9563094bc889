package id.migrasiaman.nlp.training;

import id.migrasiaman.nlp.text.Lexicons;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Noisy copies of corpus messages, the way people actually type: a word spelled the chat way or the
 * Kupang way (the lexicons read backwards: "yang" to "yg", "tidak" to "sonde"), a letter dropped,
 * two letters swapped, a letter stretched, vowels left out, no punctuation, all lower or upper
 * case. Deterministic: the noise of a message depends only on its text and the seed, so a build or
 * a cross-validation fold always sees the same copies.
 */
public final class Augmenter {

    private static final Map<String, List<String>> INDONESIAN = backwards("chat.tsv", "kupang.tsv");
    private static final Map<String, List<String>> ENGLISH =
            Map.of(
                    "you", List.of("u", "yu"),
                    "your", List.of("ur", "yr"),
                    "please", List.of("pls", "plz"),
                    "thanks", List.of("thx", "tks"),
                    "are", List.of("r"),
                    "because", List.of("coz", "bcs"),
                    "with", List.of("w"),
                    "what", List.of("wat"),
                    "i'm", List.of("im"),
                    "don't", List.of("dont"));

    /** Share of words changed in a noisy copy. */
    private static final double WORD_NOISE = 0.2;

    private final long seed;

    /**
     * @param seed the seed mixed into every message's noise
     */
    public Augmenter(long seed) {
        this.seed = seed;
    }

    /** {@code copies} noisy versions of {@code text}, never the text itself. */
    public List<String> variants(String text, String language, int copies) {
        List<String> variants = new ArrayList<>(copies);
        for (int c = 0; c < copies; c++) {
            Random random = new Random(seed * 31 + text.hashCode() * 17L + c);
            String noisy = noisy(text, language, random);
            if (!noisy.equals(text) && !variants.contains(noisy)) {
                variants.add(noisy);
            }
        }
        return variants;
    }

    /** The corpus followed by the noisy copies of each of its messages. */
    public List<LabelledMessage> augment(List<LabelledMessage> corpus, int copies) {
        List<LabelledMessage> out = new ArrayList<>(corpus);
        if (copies <= 0) {
            return out;
        }
        for (LabelledMessage m : corpus) {
            variants(m.text(), m.language(), copies)
                    .forEach(v -> out.add(new LabelledMessage(m.language(), m.label(), v)));
        }
        return out;
    }

    /** The flag corpus followed by the noisy copies of each of its messages. */
    public List<FlaggedMessage> augmentFlags(List<FlaggedMessage> corpus, int copies) {
        List<FlaggedMessage> out = new ArrayList<>(corpus);
        if (copies <= 0) {
            return out;
        }
        for (FlaggedMessage m : corpus) {
            variants(m.text(), m.language(), copies)
                    .forEach(
                            v ->
                                    out.add(
                                            new FlaggedMessage(
                                                    m.language(), m.flags(), v, m.unlabelled())));
        }
        return out;
    }

    private static String noisy(String text, String language, Random random) {
        Map<String, List<String>> forms = "en".equals(language) ? ENGLISH : INDONESIAN;
        String[] words = text.split(" ");
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            String word = words[i];
            out.append(random.nextDouble() < WORD_NOISE ? change(word, forms, random) : word);
        }
        String noisy = out.toString();
        return switch (random.nextInt(6)) {
            case 0 -> noisy.toLowerCase(Locale.ROOT);
            case 1 -> noisy.replaceAll("[.,!]", "");
            case 2 -> noisy.toLowerCase(Locale.ROOT).replaceAll("[.,!?]", "");
            case 3 -> random.nextInt(4) == 0 ? noisy.toUpperCase(Locale.ROOT) : noisy;
            default -> noisy;
        };
    }

    private static String change(String word, Map<String, List<String>> forms, Random random) {
        List<String> other = forms.get(word.toLowerCase(Locale.ROOT));
        if (other != null && random.nextBoolean()) {
            return other.get(random.nextInt(other.size()));
        }
        if (word.length() < 4 || !word.chars().allMatch(Character::isLetter)) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 2);
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1); // dropped letter
            case 1 ->
                    word.substring(0, at)
                            + word.charAt(at + 1)
                            + word.charAt(at)
                            + word.substring(at + 2); // swapped letters
            case 2 ->
                    word.substring(0, at)
                            + String.valueOf(word.charAt(at)).repeat(3)
                            + word.substring(at + 1); // stretched
            default -> word.charAt(0) + word.substring(1).replaceAll("[aeiou]", ""); // no vowels
        };
    }

    /** Standard word to the chat or Kupang words that the lexicons map to it. */
    private static Map<String, List<String>> backwards(String... files) {
        Map<String, List<String>> forms = new HashMap<>();
        for (String file : files) {
            Lexicons.map(file)
                    .forEach(
                            (typed, standard) -> {
                                if (!standard.isBlank() && !standard.contains(" ")) {
                                    forms.computeIfAbsent(standard, k -> new ArrayList<>())
                                            .add(typed);
                                }
                            });
        }
        return forms;
    }
}
