package id.migrasiaman.safety;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the phrases found in one reading of a message into kinds, with the rules that need two
 * phrases: a lock word is harm unless a device stands just before it ("hp saya terkunci"); a held
 * thing near a holding verb is harm ("bos tahan beta pung paspor"), and near a taking verb when
 * someone else is named; people moved now, or a child moved by someone or without the family's
 * knowledge; someone takes a person ("calo took my daughter", "agen ambil anak saya"); the writer
 * fled, a person is missing, or an employer threw someone out, said now or with a plea; someone
 * forces a person or a group. Harm found by these rules is {@code inferred}, which a confident
 * broker report or past story does not turn into an alarm.
 */
final class DangerRules {

    private static final int NEAR = 4;
    private static final int DEVICE_BEFORE = 3;
    private static final int SELF_THERE = 3;

    /** Kinds the rules read and then drop: inputs, never signals of their own. */
    static final Set<String> HELPER_KINDS =
            Set.of(
                    "lock",
                    "held",
                    "hold",
                    "move",
                    "device",
                    "take",
                    "agent",
                    "group",
                    "covert",
                    "hypostart",
                    "flee",
                    "self",
                    "missing",
                    "lost",
                    "person",
                    "evict",
                    "coerce",
                    "aux",
                    "recent",
                    "jam",
                    "gone",
                    "deny",
                    "exit",
                    "possess",
                    "vessel",
                    "adrift",
                    "confine",
                    "place",
                    "free",
                    "pay",
                    "untold",
                    "ill",
                    "care",
                    "refuse",
                    "trapped",
                    "starve",
                    "abandon",
                    "vehicle",
                    "hide",
                    "seek",
                    "enter",
                    "room",
                    "night",
                    "overboard",
                    "threat",
                    "lostway",
                    "leak",
                    "detention",
                    "guarded",
                    "cross",
                    "undocumented",
                    "gathered",
                    "bringer",
                    "open",
                    "overdue",
                    "noshow",
                    "notback",
                    "shut",
                    "turn",
                    "contrast",
                    "despair",
                    "unsafe",
                    "load",
                    "grab",
                    "fee",
                    "dead",
                    "gohome",
                    "crew",
                    "neg",
                    "holdpeople",
                    "remains",
                    "homeward",
                    "plan",
                    "soon",
                    "at",
                    "shelter",
                    "seize");

    private DangerRules() {}

    /** The kinds of one reading; {@code minorAge} when the message gives an age under 18. */
    static Set<String> kinds(List<PhraseIndex.Match> found, boolean minorAge) {
        List<PhraseIndex.Match> matches = Negation.withoutNegatedHarm(found);
        Set<String> kinds = new HashSet<>();
        if (matches.size() < found.size()) {
            // "sy tdk dipukul": the writer says the harm is not happening
            kinds.add("denied");
        }
        if (minorAge) {
            kinds.add("minor");
        }
        for (PhraseIndex.Match match : matches) {
            kinds.addAll(match.kinds());
            if (match.is("lock")) {
                kinds.add(deviceBefore(matches, match) ? "mask" : "harm");
            }
            if (match.is("hypostart") && match.start() == 0) {
                kinds.add("hypo");
            }
            if (match.is("held") && near(matches, match, "hold")) {
                kinds.add("harm");
            }
            // "hp saya hilang di bemo": a phone lost, not a person gone (trial 15, D20); the
            // lexicon's "hp hilang" mask misses every word put between them
            if (match.is("jam") || match.is("gone")) {
                kinds.add(deviceBefore(matches, match) ? "errand" : "worry");
            }
            // "a man is holding 6 young women in his house": people held, not a thing
            if (match.is("hold")
                    && (after(matches, match, "person") || after(matches, match, "group"))) {
                kinds.add("holdpeople");
            }
            if (match.is("adrift") && near(matches, match, "vessel")) {
                kinds.add("harm");
            }
            // "pacar saya bilang dia tidak boleh keluar": a reported ban ("bilang dia tidak boleh")
            // took the words of the lexicon's own harm phrase ("tidak boleh keluar"); a refusal
            // right before a leaving word is that phrase, whichever longer phrase took the refusal
            if (match.is("deny") && match.length() > 2 && justBefore(matches, match, "exit")) {
                kinds.add("harm");
            }
        }
        // "sy di penampungan … hp sy mau diambil" (trial 19, D7, critical): a phone about to be
        // taken in a holding place before departure (FACTS 10.16) cuts the worker off: harm
        if (kinds.contains("shelter") && kinds.contains("seize")) {
            kinds.add("harm");
        }
        // inferred, not harm: a sure broker report ("a house keeps women before sending them")
        // stays a report
        if (kinds.contains("holdpeople") && kinds.contains("now")) {
            kinds.add("inferred");
        }
        if (kinds.contains("person") && kinds.contains("place") || selfThere(matches)) {
            kinds.add("concrete");
        }
        // "belum tahu kapan dipulangkan", "nobody tells me when I will be sent home": a release
        // that has not come is no sign that the danger is over
        if (kinds.contains("safe")
                && matches.stream()
                        .filter(m -> m.is("safe"))
                        .allMatch(m -> HarmTime.notYet(matches, m))) {
            kinds.remove("safe");
        }
        if (HarmTime.present(matches)) {
            kinds.add("present");
        }
        // "dulu sudah pulang, tapi sekarang ... majikan kurung dia": what came before the turn is
        // over, the harm after it is now
        if (HarmTime.turned(matches)) {
            kinds.add("present");
            kinds.add("turned");
            kinds.remove("safe");
            kinds.remove("past");
        }
        // "beta mau bawa pulang dia pung jenazah": a body brought or sent home, not a person moved
        if (kinds.contains("remains") && (kinds.contains("homeward") || kinds.contains("move"))) {
            kinds.add("repatriation");
        }
        if (inferred(matches, kinds)) {
            kinds.add("inferred");
        }
        // "bilang mau bawa beta pung adik pi malaysia": a recruiter's plan, someone still at home
        if (Plans.only(matches, kinds)) {
            kinds.add("planned");
        }
        if (kinds.contains("person") || kinds.contains("agent") || kinds.contains("place")) {
            kinds.add("party");
        }
        // A boat in trouble is a rescue whatever the models make of the rest of the message.
        if (kinds.contains("vessel") && (kinds.contains("harm") || kinds.contains("inferred"))) {
            kinds.add("boat");
            // "abang saya ABK kapal …, kaptennya suka tendang": a crew member harmed on board
            if (kinds.contains("crew")) {
                kinds.add("aboard");
            }
        }
        kinds.removeAll(HELPER_KINDS);
        return kinds;
    }

    private static boolean inferred(List<PhraseIndex.Match> matches, Set<String> kinds) {
        boolean now = kinds.contains("now");
        boolean plea = kinds.contains("plea");
        boolean someone = kinds.contains("agent");
        boolean urgent = now || plea;
        boolean taken =
                someone && matches.stream().anyMatch(m -> m.is("held") && near(matches, m, "take"));
        boolean minor = kinds.contains("minor");
        boolean moved =
                kinds.contains("move")
                        && (now
                                        && (plea
                                                || kinds.contains("worry")
                                                || someone
                                                || kinds.contains("group")
                                                || kinds.contains("covert"))
                                // a child taken to a school race now is no harm: moved by
                                // someone, or without the parents knowing
                                // ... or with forged papers
                                || minor
                                        && (boss(matches)
                                                || kinds.contains("covert")
                                                || kinds.contains("undocumented")));
        boolean personTaken =
                someone
                        && matches.stream()
                                .anyMatch(
                                        m ->
                                                m.is("take")
                                                        && near(matches, m, "agent")
                                                        && (nearOtherPerson(matches, m) || minor));
        boolean concrete = kinds.contains("concrete");
        boolean fled =
                urgent
                        && matches.stream()
                                .anyMatch(
                                        m -> m.is("flee") && (concrete || saidBySelf(matches, m)));
        // A child at a place abroad or in transit, afraid or calling for help.
        boolean childAfraid =
                minor && concrete && (plea || kinds.contains("worry") || kinds.contains("jam"));
        boolean missing =
                urgent
                        && (kinds.contains("missing")
                                || matches.stream()
                                        .anyMatch(m -> m.is("lost") && near(matches, m, "person")));
        // A child gone since this morning, or not home since last night: missing now
        boolean childGone =
                minor
                        && now
                        && (kinds.contains("missing")
                                || matches.stream().anyMatch(m -> m.is("lost"))
                                // "belum pulang" alone is a child still at practice
                                || kinds.contains("notback")
                                        && (someone || plea || kinds.contains("worry")));
        boolean evicted = urgent && someone && kinds.contains("evict");
        // forced by someone, a group forced, or anyone forced into a vehicle or onto a boat
        boolean forced =
                kinds.contains("coerce")
                        && (someone
                                || kinds.contains("group")
                                || now && plea
                                || kinds.contains("load"));
        return taken
                || personTaken
                || moved
                || fled
                || missing
                || evicted
                || forced
                || childAfraid
                || childGone
                || NowHarm.found(matches, kinds)
                || Plights.found(matches, kinds);
    }

    /**
     * "saya di Riyadh", "I'm in Jeddah", "beta masih di Sabah": the writer placed at a place abroad
     * or in transit, a place word within {@link #SELF_THERE} words after the self word.
     */
    private static boolean selfThere(List<PhraseIndex.Match> matches) {
        return matches.stream()
                .anyMatch(
                        self ->
                                self.is("self")
                                        && matches.stream()
                                                .anyMatch(
                                                        p ->
                                                                p.is("place")
                                                                        && !p.is("hypostart")
                                                                        && p.start() > self.start()
                                                                        && p.start() - self.start()
                                                                                <= SELF_THERE));
    }

    /** An employer, agent or stranger named, not only "mama" or "ibu" (a mother, or a madam). */
    private static boolean boss(List<PhraseIndex.Match> matches) {
        return matches.stream().anyMatch(m -> m.is("agent") && !m.is("person"));
    }

    /**
     * A person near {@code at} who is not also the one taking: "mama datang bawa ikan" names a
     * mother who brings fish, not a person taken by an agent.
     */
    private static boolean nearOtherPerson(List<PhraseIndex.Match> matches, PhraseIndex.Match at) {
        return matches.stream()
                .anyMatch(
                        m ->
                                m != at
                                        && m.is("person")
                                        && !m.is("agent")
                                        && Math.abs(m.start() - at.start()) <= NEAR);
    }

    /** A {@code kind} phrase starts right where {@code at} ends. */
    static boolean justBefore(List<PhraseIndex.Match> matches, PhraseIndex.Match at, String kind) {
        return matches.stream().anyMatch(m -> m.is(kind) && m.start() == at.start() + at.length());
    }

    /** A {@code kind} within {@link #NEAR} words after {@code at}: its object. */
    private static boolean after(
            List<PhraseIndex.Match> matches, PhraseIndex.Match at, String kind) {
        return matches.stream()
                .anyMatch(
                        m ->
                                m.is(kind)
                                        && m.start() > at.start()
                                        && m.start() - at.start() <= NEAR);
    }

    static boolean near(List<PhraseIndex.Match> matches, PhraseIndex.Match at, String kind) {
        return matches.stream()
                .anyMatch(m -> m != at && m.is(kind) && Math.abs(m.start() - at.start()) <= NEAR);
    }

    /** "saya kabur", "sy baru kabur", "I escaped": the writer is the one who fled. */
    private static boolean saidBySelf(List<PhraseIndex.Match> matches, PhraseIndex.Match flee) {
        int at = flee.start();
        return matches.stream()
                .anyMatch(
                        m ->
                                m.is("self")
                                        && (m.start() + m.length() == at
                                                || m.start() + m.length() == at - 1
                                                        && matches.stream()
                                                                .anyMatch(
                                                                        a ->
                                                                                a.is("aux")
                                                                                        && a.start()
                                                                                                == at
                                                                                                        - 1)));
    }

    private static boolean deviceBefore(List<PhraseIndex.Match> matches, PhraseIndex.Match lock) {
        return matches.stream()
                .anyMatch(
                        m ->
                                m.is("device")
                                        && m.start() < lock.start()
                                        && lock.start() - m.start() <= DEVICE_BEFORE);
    }
}
