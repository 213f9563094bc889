package id.migrasiaman.safety;

import java.util.List;
import java.util.Set;

/**
 * Harm told as a situation rather than as a deed: each rule needs two or three phrases of {@code
 * danger.tsv} together, and someone who holds power (an employer, an agent, a smuggler) or people
 * at a place abroad or in transit, so none of the words raises an alarm alone:
 *
 * <ul>
 *   <li>{@code ill} and {@code care} with a {@code refuse} near the care: "the foreman says no
 *       hospital", "majikan tidak mau bawa ke dokter"; at sea also a vessel that refuses: "demam
 *       keras, kapal tdk mau ke darat";
 *   <li>{@code trapped}: "dia son bisa lari", "she cannot get away";
 *   <li>a {@code held} thing {@code take}n from a relative at a place abroad or in transit;
 *   <li>{@code starve}: "stopped giving her food", "air minum habis" in a truck at the border;
 *   <li>{@code abandon}: the driver left a group in a vehicle or at a place, or the one who brought
 *       them ({@code bringer}) vanished or fled ({@code lost}, {@code flee});
 *   <li>{@code hide} or {@code flee}, and {@code seek}: "I'm hiding, the agent is looking for me",
 *       or hiding from the one who wants to {@code take} them elsewhere;
 *   <li>{@code enter} near a {@code room} at {@code night}: "the employer's son comes into her room
 *       every night";
 *   <li>a {@code vessel} with {@code overboard}, a {@code threat}, {@code lostway} ("we don't know
 *       where we are going") or a {@code leak} with a group or a person on board;
 *   <li>{@code detention} at a place: "I'm in Tawau detention";
 *   <li>{@code gohome} then a {@code deny}: "mau pulang tapi tidak dibolehkan", of a child, by a
 *       boss or at a place abroad or in transit;
 *   <li>{@code guarded}: "there is a guard at the door" where people are kept;
 *   <li>a {@code vessel} with {@code despair} or, said now, {@code unsafe} ("no life vests"), with
 *       someone on board, or someone {@code dead} on board;
 *   <li>a witness: {@code load} into a vehicle or onto a vessel, of a child or people, said now,
 *       with fear, a plea or a {@code grab} ("by the wrist");
 *   <li>a {@code cross}ing to a place abroad or in transit with a smuggler, without documents, of
 *       people {@code gathered}, of a child, or tonight: "besok mau diseberangkan tanpa dokumen".
 * </ul>
 */
final class Plights {

    private static final int NEAR = 4;
    private static final int REFUSAL_BEFORE = 7;

    private Plights() {}

    static boolean found(List<PhraseIndex.Match> matches, Set<String> kinds) {
        boolean agent = kinds.contains("agent");
        // "ibu", "mama": a mother, or a madam; alone, not enough for the rules that need a boss
        boolean boss = matches.stream().anyMatch(m -> m.is("agent") && !m.is("person"));
        boolean place = kinds.contains("place");
        boolean people = kinds.contains("person") || kinds.contains("group");
        boolean anyone = people || kinds.contains("self");
        boolean vessel = kinds.contains("vessel");
        boolean strandedPeople = anyone && (place || kinds.contains("vehicle") || vessel && people);
        boolean neglected =
                kinds.contains("ill")
                        && ((agent || place || kinds.contains("detention"))
                                        && matches.stream()
                                                .anyMatch(m -> m.is("care") && refused(matches, m))
                                // at sea, the captain's refusal is the refused care
                                || vessel && boss && kinds.contains("refuse")
                                // "demam keras, kapal tdk mau ke darat": the boat itself refuses
                                || anyone
                                        && matches.stream()
                                                .anyMatch(
                                                        v ->
                                                                v.is("vessel")
                                                                        && DangerRules.justBefore(
                                                                                matches, v,
                                                                                "refuse")));
        boolean trapped = kinds.contains("trapped") && (boss || place && anyone);
        // "paspornya sudah diambil" of a relative at a place abroad or in transit
        boolean confiscated =
                kinds.contains("concrete")
                        && matches.stream()
                                .anyMatch(
                                        m -> m.is("held") && DangerRules.near(matches, m, "take"));
        boolean starved = kinds.contains("starve") && (agent || strandedPeople);
        boolean abandoned =
                strandedPeople
                        && (kinds.contains("abandon")
                                || matches.stream()
                                        .anyMatch(
                                                m ->
                                                        (m.is("bringer") || m.is("agent"))
                                                                && (nearAfter(matches, m, "lost")
                                                                        || nearAfter(
                                                                                matches, m, "flee")
                                                                        || nearAfter(
                                                                                matches, m,
                                                                                "noshow"))));
        // "I'm hiding, the agent is looking for me"; fled and chased ("lari dari penampungan,
        // calo kejar"); hiding from the one who wants to take them elsewhere
        boolean hunted =
                agent
                        && (kinds.contains("hide") || kinds.contains("flee"))
                        && (kinds.contains("seek")
                                || kinds.contains("hide") && kinds.contains("take"));
        boolean intruded =
                agent
                        && kinds.contains("night")
                        && matches.stream()
                                .anyMatch(m -> m.is("enter") && nearAfter(matches, m, "room"));
        boolean boat =
                vessel
                        && (agent && (kinds.contains("overboard") || kinds.contains("threat"))
                                // the engine gone, with people aboard: "the engine has stopped"
                                || kinds.contains("adrift") && anyone
                                || kinds.contains("lostway") && anyone
                                || kinds.contains("overdue")
                                || kinds.contains("notback")
                                // taking water with a group or a named person on board
                                || kinds.contains("leak") && people
                                // "he would rather jump into the sea", "mau bunuh diri"
                                || kinds.contains("despair") && anyone
                                // "no life vests, told to lie down", said now
                                || kinds.contains("unsafe") && anyone && kinds.contains("now")
                                // a crewmate dead on board, the body kept or to be thrown
                                // overboard: the living crew are far from any help
                                || kinds.contains("dead") && anyone);
        // a witness: a child or people put into a vehicle or onto a boat now, crying, pleading
        // or held by the arm ("putting teenagers into a minibus, they're crying")
        boolean loaded =
                kinds.contains("load")
                        && (kinds.contains("vehicle") || vessel)
                        && (people || kinds.contains("minor"))
                        && (kinds.contains("now")
                                        && (kinds.contains("worry")
                                                || kinds.contains("plea")
                                                || kinds.contains("grab")
                                                || kinds.contains("coerce"))
                                // pulled aboard while they cry for help: now, said or not
                                || kinds.contains("grab")
                                        && (kinds.contains("worry") || kinds.contains("plea")));
        boolean detained = kinds.contains("detention") && place && anyone;
        // "dia mau pulang tapi tidak dibolehkan": kept from going home, a child or by a boss or at
        // a place abroad or in transit
        boolean heldBack =
                (kinds.contains("minor") || boss || place)
                        && matches.stream()
                                .anyMatch(m -> m.is("gohome") && nearAfter(matches, m, "deny"));
        boolean guarded = kinds.contains("guarded") && anyone && (place || kinds.contains("now"));
        boolean crossing =
                kinds.contains("cross")
                        && place
                        && (agent
                                || kinds.contains("undocumented")
                                || kinds.contains("gathered")
                                || kinds.contains("minor")
                                || kinds.contains("now") && anyone);
        return neglected
                || heldBack
                || loaded
                || trapped
                || confiscated
                || starved
                || abandoned
                || hunted
                || intruded
                || boat
                || detained
                || guarded
                || crossing;
    }

    /**
     * A refusal (or a "not let") near the care, or up to {@link #REFUSAL_BEFORE} words before it
     * ("refuses to take me to a doctor", "son kasi pi rumah sakit").
     */
    private static boolean refused(List<PhraseIndex.Match> matches, PhraseIndex.Match care) {
        return matches.stream()
                .anyMatch(
                        m ->
                                // "mandor son kasi pi rumah sakit": not letting someone go to
                                // the hospital refuses the care as much as "tidak mau antar"
                                (m.is("refuse") || m.is("deny"))
                                        && (Math.abs(m.start() - care.start()) <= NEAR
                                                || m.start() < care.start()
                                                        && care.start() - m.start()
                                                                <= REFUSAL_BEFORE));
    }

    /** A {@code kind} phrase starts after {@code at}, within {@link #NEAR} words of its end. */
    private static boolean nearAfter(
            List<PhraseIndex.Match> matches, PhraseIndex.Match at, String kind) {
        int end = at.start() + at.length();
        return at.is(kind)
                || matches.stream()
                        .anyMatch(m -> m.is(kind) && m.start() >= end && m.start() - end <= NEAR);
    }
}
