package id.migrasiaman.safety;

import java.util.List;
import java.util.Set;

/**
 * Harm told calmly, without the words of a plea: a restraint, a confiscation or a ransom said of
 * someone, in the present or at a named place abroad or in transit. Each rule needs two or three
 * phrases of {@code danger.tsv} together, so none of the words raises an alarm alone:
 *
 * <ul>
 *   <li>{@code deny} then {@code exit}, with someone else named: "bos son kasi siapa-siapa kaluar",
 *       "the captain won't let him come ashore" (a parent who keeps a child home names no employer
 *       or agent);
 *   <li>{@code possess} after an employer or agent and before a held thing: "the agent has her
 *       passport", "majikan simpan semua paspor";
 *   <li>{@code confine} near a person or just after an employer or agent, said now or at a {@code
 *       place}: "anak saya disimpan di gudang", "she is guarded in the mess", "the new agent is
 *       holding her in a room in Batam";
 *   <li>{@code free} and {@code pay} with a person named: "they want 10 million before they release
 *       him", "agen minta 10 juta baru dilepas";
 *   <li>a {@code move} of a group or by someone with {@code untold}: "they moved us at 2am, nobody
 *       tells us where";
 *   <li>a {@code fee} within six words of an {@code exit}, with an employer, agent or company:
 *       "kalau mau pulang harus bayar denda 30 juta";
 *   <li>{@code shut} just after an employer or agent: "bos marah dan kunci pintu".
 * </ul>
 *
 * A story told as the past, a question about the rules or a broker's habit still downgrades what
 * these rules find ({@link DangerCheck}).
 */
final class NowHarm {

    private static final int NEAR = 4;
    private static final int FEE_NEAR = 6;
    private static final Set<String> SOMEONE = Set.of("person", "group", "self");

    private NowHarm() {}

    static boolean found(List<PhraseIndex.Match> matches, Set<String> kinds) {
        boolean agent = kinds.contains("agent");
        boolean now = kinds.contains("now");
        boolean place = kinds.contains("place");
        boolean barred =
                agent
                        && matches.stream()
                                // "not allowed out": the refusal is the leaving word too
                                .anyMatch(
                                        m ->
                                                m.is("deny")
                                                        && (m.is("exit")
                                                                || follows(matches, m, "exit")));
        boolean confiscated =
                matches.stream()
                        .anyMatch(
                                m ->
                                        m.is("possess")
                                                && follows(matches, m, "held")
                                                && precedes(matches, m, "agent"));
        boolean confined =
                (now || place)
                        && matches.stream()
                                .anyMatch(
                                        m ->
                                                m.is("confine")
                                                        && (nearSomeone(matches, m)
                                                                // "the new agent is holding her"
                                                                || afterBoss(matches, m)));
        boolean ransom =
                kinds.contains("free") && kinds.contains("pay") && kinds.contains("person");
        boolean untold =
                kinds.contains("move")
                        && kinds.contains("untold")
                        && (agent || kinds.contains("group"));
        // "bos marah dan kunci pintu": a door shut by an employer or agent (a mother or a madam
        // alone, "mama kunci pintu", is no boss)
        boolean shutIn =
                matches.stream()
                        .anyMatch(
                                m ->
                                        m.is("shut")
                                                && matches.stream()
                                                        .anyMatch(
                                                                b ->
                                                                        b.is("agent")
                                                                                && !b.is("person")
                                                                                && b.start()
                                                                                        < m.start()
                                                                                && m.start()
                                                                                                - b
                                                                                                        .start()
                                                                                        <= NEAR));
        // "bos bilang kalo mau keluar bayar 50 juta", "the company says he must pay 200 million to
        // go home": an employer, agent or company (not a mother alone) asks money for leaving
        boolean exitFee =
                matches.stream().anyMatch(b -> b.is("agent") && !b.is("person"))
                        && matches.stream()
                                .anyMatch(
                                        f ->
                                                f.is("fee")
                                                        && matches.stream()
                                                                .anyMatch(
                                                                        e ->
                                                                                e.is("exit")
                                                                                        && !stayed(
                                                                                                matches,
                                                                                                e)
                                                                                        && Math.abs(
                                                                                                        e
                                                                                                                        .start()
                                                                                                                - f
                                                                                                                        .start())
                                                                                                <= FEE_NEAR));
        return barred || confiscated || confined || ransom || untold || shutIn || exitFee;
    }

    /**
     * Whether {@code exit} is negated ("kalo sy tidak pergi", "if I don't go"): staying home is no
     * leaving, so a recruiter's "pay back 5 juta if you don't go" is a debt demand to report, not a
     * fee to get out of a place (trial 12, D6).
     */
    private static boolean stayed(List<PhraseIndex.Match> matches, PhraseIndex.Match exit) {
        return matches.stream()
                .anyMatch(n -> n.is("neg") && n.start() + n.length() == exit.start());
    }

    /** A {@code kind} phrase starts within {@link #NEAR} words after {@code at}. */
    private static boolean follows(
            List<PhraseIndex.Match> matches, PhraseIndex.Match at, String kind) {
        return matches.stream()
                .anyMatch(
                        m ->
                                m.is(kind)
                                        && m.start() > at.start()
                                        && m.start() - at.start() <= NEAR + at.length());
    }

    /** A {@code kind} phrase starts within {@link #NEAR} words before {@code at}. */
    private static boolean precedes(
            List<PhraseIndex.Match> matches, PhraseIndex.Match at, String kind) {
        return matches.stream()
                .anyMatch(
                        m ->
                                m.is(kind)
                                        && m.start() < at.start()
                                        && at.start() - m.start() <= NEAR);
    }

    /** An employer or agent (not a mother alone) within {@link #NEAR} words before {@code at}. */
    private static boolean afterBoss(List<PhraseIndex.Match> matches, PhraseIndex.Match at) {
        return matches.stream()
                .anyMatch(
                        b ->
                                b.is("agent")
                                        && !b.is("person")
                                        && b.start() < at.start()
                                        && at.start() - b.start() <= NEAR);
    }

    private static boolean nearSomeone(List<PhraseIndex.Match> matches, PhraseIndex.Match at) {
        return SOMEONE.stream().anyMatch(kind -> DangerRules.near(matches, at, kind));
    }
}
