package id.migrasiaman.safety;

import java.util.List;
import java.util.Set;

/**
 * When a harm is, for {@link DangerRules}: said now just before it ("sekarang di tahanan"), after a
 * turn from the past ("tapi sekarang"), or a release that has not come ("belum tahu kapan
 * dipulangkan"), which is not the danger being over.
 */
final class HarmTime {

    private static final int NEAR = 4;

    /** After a turn, these say the harm is now: "tapi sekarang calo tahan paspornya". */
    private static final Set<String> AFTER_TURN =
            Set.of("harm", "lock", "hold", "confine", "detention");

    private HarmTime() {}

    /** A safe phrase with "kapan", "when" or "belum" just before it: a release not yet come. */
    static boolean notYet(List<PhraseIndex.Match> matches, PhraseIndex.Match safe) {
        return matches.stream()
                .anyMatch(
                        m ->
                                m.is("open")
                                        && m.start() < safe.start()
                                        && safe.start() - m.start() <= NEAR);
    }

    /**
     * "sekarang di tahanan", "now I'm in a lockup", "sampe skarang masih dikunci": a now word just
     * before a harm, so a past word elsewhere ("dulu direkrut") tells how it began, not that it is
     * over.
     */
    static boolean present(List<PhraseIndex.Match> matches) {
        return justNow(matches)
                || matches.stream().anyMatch(m -> m.is("now") && harmSoonAfter(matches, m));
    }

    /** The harms a now word said just before them makes present. */
    private static final Set<String> NOW_HARMS = Set.of("harm", "lock", "detention");

    /** A harm, lock or detention within {@value #NEAR} words after {@code now}. */
    private static boolean harmSoonAfter(List<PhraseIndex.Match> matches, PhraseIndex.Match now) {
        return matches.stream()
                .anyMatch(
                        h ->
                                NOW_HARMS.stream().anyMatch(h::is)
                                        && h.start() > now.start()
                                        && h.start() - now.start() <= NEAR);
    }

    /**
     * "teman sy baru diculik", "they just beat him": "baru" or "just" right before a harm, so a
     * past word said of someone else ("yg dulu rekrut dia") does not make the harm over (round 24).
     */
    private static boolean justNow(List<PhraseIndex.Match> matches) {
        return matches.stream()
                .filter(recent -> recent.is("recent"))
                .anyMatch(
                        recent ->
                                matches.stream()
                                        .anyMatch(
                                                h ->
                                                        h.is("harm")
                                                                && h.start()
                                                                        == recent.start()
                                                                                + recent.length()));
    }

    /** After a shift to someone else, these say that person's harm is now. */
    private static final Set<String> AFTER_SHIFT =
            Set.of(
                    "harm",
                    "lock",
                    "hold",
                    "confine",
                    "detention",
                    "deny",
                    "possess",
                    "starve",
                    "trapped");

    /**
     * A turn ("tapi sekarang", "but now") with a harm somewhere after it, or a shift to someone
     * else ({@link #shifted}).
     */
    static boolean turned(List<PhraseIndex.Match> matches) {
        return shifted(matches) || turnWord(matches);
    }

    /**
     * "saya sudah pulang, aman. Tapi teman saya masih di sana, majikan kurung dia", "I came back
     * last year, but my friend ... the boss has her passport", "skrg adik ipar sy yg disana ...
     * tidak dikasih keluar": a now or contrast word, a relative or friend named within {@link
     * #NEAR} words after it, and a harm after that. The past and the safety belong to the writer;
     * the harm is someone else's, now.
     */
    static boolean shifted(List<PhraseIndex.Match> matches) {
        return matches.stream()
                .filter(m -> m.is("now") || m.is("contrast"))
                .anyMatch(
                        turn ->
                                matches.stream()
                                        .filter(
                                                p ->
                                                        p.is("person")
                                                                && !p.is("self")
                                                                && p.start() > turn.start()
                                                                && p.start() - turn.start() <= NEAR)
                                        .anyMatch(
                                                person ->
                                                        matches.stream()
                                                                .anyMatch(
                                                                        h ->
                                                                                h.start()
                                                                                                > person
                                                                                                        .start()
                                                                                        && AFTER_SHIFT
                                                                                                .stream()
                                                                                                .anyMatch(
                                                                                                        h
                                                                                                                ::is))));
    }

    private static boolean turnWord(List<PhraseIndex.Match> matches) {
        return matches.stream()
                .anyMatch(
                        turn ->
                                turn.is("turn")
                                        && matches.stream()
                                                .anyMatch(
                                                        h ->
                                                                AFTER_TURN.stream().anyMatch(h::is)
                                                                        && h.start()
                                                                                > turn.start()));
    }
}
