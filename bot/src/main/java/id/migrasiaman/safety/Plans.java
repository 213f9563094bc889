package id.migrasiaman.safety;

import java.util.List;
import java.util.Set;

/**
 * A recruiter's plan or promise for the future, told of someone still at home: "om itu bilang mau
 * bawa beta pung adik pi kerja di malaysia, sonde usah paspor", "the agent will take my sister to
 * Johor, no passport needed". Every taking, moving or crossing in the message comes right after a
 * {@code plan} word (mau, akan, nanti, janji, will, promised), nothing is said to happen now or
 * {@code soon} (tomorrow), no one is placed {@code at} a place abroad or in transit, and no child
 * or harm is named. Such a message is a calo report, not danger now (trial 17, D7): a crossing, a
 * boat or a person taken told as happening ("sedang dibawa", "malam ini mau diseberangkan", "kami
 * di perahu") is not a plan.
 */
final class Plans {

    /**
     * How many words may stand between the plan word and the taking: "mau bawa", "akan dia bawa".
     */
    private static final int PLAN_BEFORE = 2;

    /** A person placed: "sepupu saya di Nunukan", "at" at most this many words after the person. */
    private static final int PLACED_WITHIN = 2;

    private static final Set<String> TOLD_NOW = Set.of("now", "soon", "minor", "harm", "plea");

    private Plans() {}

    /** Whether the only taking, moving or crossing in {@code matches} is a plan. */
    static boolean only(List<PhraseIndex.Match> matches, Set<String> kinds) {
        if (TOLD_NOW.stream().anyMatch(kinds::contains) || placed(matches)) {
            return false;
        }
        List<PhraseIndex.Match> goings =
                matches.stream()
                        .filter(m -> m.is("take") || m.is("move") || m.is("cross"))
                        .toList();
        return !goings.isEmpty() && goings.stream().allMatch(m -> plannedBefore(matches, m));
    }

    private static boolean plannedBefore(List<PhraseIndex.Match> matches, PhraseIndex.Match at) {
        return matches.stream()
                .anyMatch(
                        p ->
                                p.is("plan")
                                        && p.start() < at.start()
                                        && at.start() - (p.start() + p.length()) < PLAN_BEFORE);
    }

    /** Someone said to be at a place: a person or the writer, then "di"/"in"/"at" and a place. */
    private static boolean placed(List<PhraseIndex.Match> matches) {
        return matches.stream()
                .filter(m -> m.is("at"))
                .anyMatch(
                        at ->
                                matches.stream()
                                                .anyMatch(
                                                        p ->
                                                                p.is("place")
                                                                        && p.start()
                                                                                == at.start()
                                                                                        + at
                                                                                                .length())
                                        && matches.stream()
                                                .anyMatch(
                                                        who ->
                                                                (who.is("person") || who.is("self"))
                                                                        && who.start() < at.start()
                                                                        && at.start() - who.start()
                                                                                <= PLACED_WITHIN));
    }
}
