package id.migrasiaman.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds phrases in a token list: at each position the longest phrase wins and its tokens are
 * consumed, so a longer phrase masks a shorter one inside it. A phrase may have several kinds.
 * Tokens are compared with doubled letters squashed ("tolongg" finds "tolong").
 */
final class PhraseIndex {

    /** A phrase found at {@code start}, {@code length} tokens long. */
    record Match(Set<String> kinds, int start, int length) {

        boolean is(String kind) {
            return kinds.contains(kind);
        }
    }

    private final Map<String, Set<String>> phrases = new HashMap<>();
    private int longest = 1;

    void add(List<String> tokens, String kind) {
        if (tokens.isEmpty()) {
            return;
        }
        phrases.computeIfAbsent(key(tokens), k -> new LinkedHashSet<>()).add(kind);
        longest = Math.max(longest, tokens.size());
    }

    List<Match> find(List<String> tokens) {
        List<String> squashed = tokens.stream().map(this::withoutPossessive).toList();
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < squashed.size()) {
            int taken = 0;
            for (int n = Math.min(longest, squashed.size() - i); n >= 1 && taken == 0; n--) {
                Set<String> kinds = phrases.get(String.join(" ", squashed.subList(i, i + n)));
                if (kinds != null) {
                    found.add(new Match(Set.copyOf(kinds), i, n));
                    taken = n;
                }
            }
            i += Math.max(taken, 1);
        }
        return found;
    }

    /**
     * "kaptennya", "majikannya", "agennya": an employer, captain or agent with the possessive
     * "-nya" is read as the word itself when the word alone is an agent phrase (not a relative:
     * "anaknya" is often no one in particular) and the whole form is no phrase of its own
     * ("paspornya" is).
     */
    private String withoutPossessive(String token) {
        String squashed = squash(token);
        if (token.length() <= POSSESSIVE.length() + 2
                || !token.endsWith(POSSESSIVE)
                || phrases.containsKey(squashed)) {
            return squashed;
        }
        // the stem of "kaptennya" is "kapten": squashed, the two n's would run together
        String stem = squash(token.substring(0, token.length() - POSSESSIVE.length()));
        Set<String> kinds = phrases.get(stem);
        return kinds != null && kinds.contains("agent") && !kinds.contains("person")
                ? stem
                : squashed;
    }

    private static final String POSSESSIVE = "nya";

    private static String key(List<String> tokens) {
        return String.join(" ", tokens.stream().map(PhraseIndex::squash).toList());
    }

    /** Squashes runs of one letter to one: people stretch words ("tolongg", "sakitt"). */
    static String squash(String token) {
        StringBuilder out = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (i == 0 || c != token.charAt(i - 1) || !Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
