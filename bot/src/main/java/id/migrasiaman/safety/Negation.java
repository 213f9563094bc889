package id.migrasiaman.safety;

import java.util.List;

/**
 * "sy tdk dipukul, cuma mau pulang", "I was not beaten": a harm word right after a negation ({@code
 * neg} in danger.tsv: "tidak", "bukan", "belum", "not", "never", "tidak pernah") is said not to
 * happen, so it is no signal. Only the harm or lock word itself is dropped; everything else in the
 * message still counts, and a phrase that begins with the negation ("tidak boleh keluar", "not
 * allowed to leave") is one longer phrase that wins at its position, so it is never dropped.
 */
final class Negation {

    private Negation() {}

    /** {@code matches} without the harm and lock words that a negation stands just before. */
    static List<PhraseIndex.Match> withoutNegatedHarm(List<PhraseIndex.Match> matches) {
        return matches.stream().filter(m -> !negatedHarm(matches, m)).toList();
    }

    private static boolean negatedHarm(List<PhraseIndex.Match> matches, PhraseIndex.Match at) {
        return (at.is("harm") || at.is("lock"))
                && matches.stream()
                        .anyMatch(n -> n.is("neg") && n.start() + n.length() == at.start());
    }
}
