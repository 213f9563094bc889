package id.migrasiaman.emergency;

import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.flows.FlowState;
import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.Places;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the person in danger probably is, for the hotlines: a country the message names ("di Johor"
 * is Malaysia) unless it says the person is not there ("bukan di Malaysia"), else a place in
 * Kabupaten Kupang, an Indonesian transit or home ("di rumah", "di kampung": Indonesia), else what
 * the conversation already said (the emergency, the interrupted story or family report; a broker
 * report's destination is where someone would be sent, not where the reporter is); null when
 * unknown.
 */
final class Countries {

    private static final Map<String, String> TRANSITS_ABROAD = Map.of("Tawau", "MY");

    /** Names of the countries with their own hotlines, as people write them. */
    static final Map<String, String> NAMES =
            Map.ofEntries(
                    Map.entry("malaysia", "MY"),
                    Map.entry("malay", "MY"),
                    Map.entry("johor", "MY"),
                    Map.entry("sabah", "MY"),
                    Map.entry("sarawak", "MY"),
                    Map.entry("penang", "MY"),
                    Map.entry("kl", "MY"),
                    Map.entry("singapura", "SG"),
                    Map.entry("singapore", "SG"),
                    Map.entry("hongkong", "HK"),
                    Map.entry("hong kong", "HK"),
                    Map.entry("hk", "HK"),
                    Map.entry("taiwan", "TW"));

    /**
     * Placement countries with no hotlines of their own in our sources, by the names people write:
     * a domestic worker who says she works in Saudi Arabia is answered for Saudi Arabia, not with
     * Malaysia's rules (round 22). {@link Whereabouts} remembers them like {@link #NAMES}.
     */
    static final Map<String, String> OTHER_PLACEMENTS =
            Map.of("arab saudi", "SA", "saudi arabia", "SA", "saudi", "SA");

    /**
     * The countries of the online-scam compounds (FACTS §12: Cambodia, Myanmar, Thailand, Laos), by
     * the names people write: no placement country and no hotlines of their own in our sources, but
     * where a worker says he is (trial 19, D29: "beta kerja di kamboja", then locked in a compound,
     * got Indonesia's 110 first). {@link Whereabouts} remembers them like {@link #NAMES}.
     */
    static final Map<String, String> SCAM_COUNTRIES =
            Map.of(
                    "kamboja", "KH",
                    "cambodia", "KH",
                    "kemboja", "KH",
                    "myanmar", "MM",
                    "burma", "MM",
                    "thailand", "TH",
                    "laos", "LA");

    /**
     * Cities and ports people name before (or instead of) the country: "caregiver di taichung
     * taiwan" (trial 17, D26), "sekarang di pelabuhan Kaohsiung" (trial 18, D2: the boat is in a
     * Taiwanese port). The one list of place names for {@link Whereabouts} too.
     */
    static final Map<String, String> CITIES =
            Map.ofEntries(
                    Map.entry("taipei", "TW"),
                    Map.entry("taichung", "TW"),
                    Map.entry("kaohsiung", "TW"),
                    Map.entry("keelung", "TW"),
                    Map.entry("tainan", "TW"),
                    Map.entry("taoyuan", "TW"),
                    Map.entry("hsinchu", "TW"),
                    Map.entry("changhua", "TW"),
                    Map.entry("pingtung", "TW"),
                    Map.entry("kuala lumpur", "MY"),
                    Map.entry("kota kinabalu", "MY"),
                    Map.entry("lahad datu", "MY"),
                    Map.entry("kuching", "MY"),
                    Map.entry("johor bahru", "MY"),
                    Map.entry("kowloon", "HK"));

    /** Every name of {@link #NAMES} and {@link #CITIES}, compiled once as a whole-word pattern. */
    private static final Map<String, Pattern> NAME_PATTERNS = namePatterns();

    private static Map<String, Pattern> namePatterns() {
        Map<String, Pattern> out = new java.util.HashMap<>();
        NAMES.keySet().forEach(n -> out.put(n, Pattern.compile("\\b" + n + "\\b")));
        CITIES.keySet().forEach(n -> out.put(n, Pattern.compile("\\b" + n + "\\b")));
        return Map.copyOf(out);
    }

    /** The countries of the cities of {@link #CITIES} that {@code text} (lower case) names. */
    static List<String> citiesIn(String text) {
        List<String> out = new java.util.ArrayList<>();
        for (Map.Entry<String, String> city : CITIES.entrySet()) {
            if (text.contains(city.getKey())
                    && NAME_PATTERNS.get(city.getKey()).matcher(text).find()) {
                out.add(city.getValue());
            }
        }
        return out;
    }

    /** The country of a name of {@link #NAMES} or {@link #CITIES}, null for another word. */
    private static String codeOf(String name) {
        String code = NAMES.get(name);
        return code != null ? code : CITIES.get(name);
    }

    private static final Pattern NOT_THERE =
            Pattern.compile(
                    "\\b(bukan|bkn|not|tidak|tdk|ga|gak|nggak|sonde|no longer|bukannya) (lagi )?"
                            + "(di |in |at |ke )?(malaysia|malay|johor|sabah|sarawak|penang|kl"
                            + "|singapura|singapore|hong kong|hongkong|hk|taiwan)\\b");

    /** At home: a house or village that is not an employer's, Kupang, NTT, Indonesia. */
    private static final Pattern HOME =
            Pattern.compile(
                    "\\b((di|depan|dekat|ke|dari|dr|luar|dalam) (rumah|rmh|kampung|kampong|desa)"
                            + "(?! (majikan|bos|boss|agen|agensi|penampungan|tekong|sponsor|orang"
                            + "|employer|agent))|kupang|ntt|indonesia|timor|at home|my village"
                            + "|our village|sudah pulang|su pulang|sdh pulang)\\b");

    private Countries() {}

    /**
     * The country of {@code analysis}'s text, else the one the active flow holds, else where the
     * person said earlier in the conversation that they are ({@link Whereabouts}); null when
     * unknown.
     */
    static String of(Analysis analysis, ConversationState state) {
        String named = named(analysis);
        if (AtSea.CODE.equals(named)) {
            // "dia su di kapal … kapten pukul dong ABK" after "kapal ikan taiwan": the flag told
            // before stays with the boat.
            String before = known(state.active());
            String flag =
                    AtSea.is(before)
                            ? AtSea.flagOf(before)
                            : before != null && !"ID".equals(before) ? before : state.whereabouts();
            return AtSea.code(flag != null && NAMES.containsValue(flag) ? flag : null);
        }
        if (named != null) {
            return named;
        }
        String known = known(state.active());
        if (known != null) {
            return known;
        }
        return state.whereabouts().isEmpty() ? null : state.whereabouts();
    }

    /** The country {@code analysis}'s text says the person is in, or null when it says none. */
    static String named(Analysis analysis) {
        if (analysis == null) {
            return null;
        }
        String text = analysis.text() == null ? "" : analysis.text().toLowerCase(Locale.ROOT);
        List<String> named =
                java.util.stream.Stream.concat(
                                analysis.entities().destinations().stream(),
                                citiesIn(text).stream())
                        .distinct()
                        .toList();
        if (AtSea.said(text)) {
            // A boat at sea: the flag's or the nearest island's land numbers reach no one there,
            // but a Taiwanese boat's crew can call 1955 in Taiwan's waters and ports (trial 18,
            // D2): the flag goes with the code.
            return AtSea.code(named.stream().filter(NAMES::containsValue).findFirst().orElse(null));
        }
        String negated = negated(text);
        // A country someone is still to be sent to is no place anyone is in yet: "mau dikirim ke
        // Malaysia lewat Tenau" about girls locked in a room in Kupang (trial 18 D12, critical:
        // they got Malaysia's 999 first and 110 in a footnote).
        List<String> destinations =
                named.stream()
                        .filter(d -> !d.equals(negated))
                        .filter(d -> !every(text, d, TO_BE_SENT))
                        .toList();
        if (!destinations.isEmpty()
                && !(onlyGoingTo(text, destinations.get(0)) && hereInIndonesia(text))
                && !(onlyBackFrom(text, destinations.get(0)) && HOME.matcher(text).find())) {
            return destinations.get(0);
        }
        if (!destinations.isEmpty()) {
            // "sa sekarang di pelabuhan tenau … malam ini naik kapal ke nunukan trus masuk
            // malaysia": the country is where she would be taken; she is still in Indonesia.
            return "ID";
        }
        Optional<String> transit = analysis.entities().transits().stream().findFirst();
        if (transit.isPresent()) {
            return TRANSITS_ABROAD.getOrDefault(transit.get(), "ID");
        }
        if (!analysis.entities().kecamatan().isEmpty() || HOME.matcher(text).find()) {
            return "ID";
        }
        return null;
    }

    /**
     * Said to be back home, not (any longer) in the country named before, or not gone yet ("sa
     * masih di kupang, belum berangkat").
     */
    private static final Pattern LEFT =
            Pattern.compile(
                    "\\b(bukan|bkn|not|no longer|sudah pulang|su pulang|sdh pulang|back home"
                            + "|sudah di rumah|su di rumah|already home|masih di|still in|still at"
                            + "|belum berangkat|belum pergi|belum naik|blm berangkat|son berangkat"
                            + "|sonde berangkat|not left|haven t left|have not left|not yet left)\\b");

    private static final int PLACE_WORDS = 3;

    /**
     * The writer here now, or still, at a place: "sa sekarang di pelabuhan tenau", "we are at
     * Tenau", "beta masih di Oesao", "sa dikurung di rumah di batam" (up to two words between the
     * person and the place, or a held-in word alone); the place is the next words, up to {@value
     * #PLACE_WORDS}. Only asked when every country named is one someone is taken to.
     */
    private static final Pattern SELF_AT =
            Pattern.compile(
                    "\\b((sa|saya|sy|beta|aku|ak|kami|katong|kita|i am|i m|i'm|im|we are|we re"
                            + "|we're)( (sekarang|skrg|skg|masih|still|now|ini|lagi|baru))*"
                            + "( \\S+){0,2}?"
                            + "|dikurung|dikunci|disekap|ditahan|dijaga|locked|held|kept)"
                            + " (di|at|in) (?<place>(\\S+ ?){1,"
                            + PLACE_WORDS
                            + "})");

    /** Places that are in Indonesia whatever their name: a port, a terminal, a home, a village. */
    private static final Pattern PLACE_AT_HOME =
            Pattern.compile(
                    "\\b(pelabuhan|bandara|terminal|perbatasan|pos lintas batas|rumah|rmh|kampung"
                            + "|kampong|desa|home|port|airport|border post)\\b");

    /**
     * Whether {@code text} says the writer is (still) at a place in Indonesia: a kecamatan or
     * village the gazetteer knows, an Indonesian transit (Kupang, Tenau, Atambua, Nunukan …), or a
     * port, terminal or home, and no country abroad.
     */
    static boolean hereInIndonesia(String text) {
        Matcher at = SELF_AT.matcher(text);
        while (at.find()) {
            String place = at.group("place");
            Entities named = Places.in(place);
            boolean indonesianTransit =
                    named.transits().stream().anyMatch(t -> !TRANSITS_ABROAD.containsKey(t));
            if (named.destinations().isEmpty()
                    && (indonesianTransit
                            || !named.kecamatan().isEmpty()
                            || PLACE_AT_HOME.matcher(place).find())) {
                return true;
            }
        }
        return false;
    }

    /** Going words just before a country's name: "ke", "masuk", "to", "into". */
    private static final Pattern GOING =
            Pattern.compile(
                    "\\b(ke|k|masuk|msk|to|into|pi|pigi|pergi|berangkat|dikirim|kirim|dibawa|bawa"
                            + "|menuju|towards|lanjut ke|trus ke|terus ke)\\s+$");

    /**
     * Going still to come just before a country's name: "mau dikirim ke", "akan dibawa ke",
     * "rencana pi", "will be sent to" (a future word, then at most two words, then a going word).
     * "dibawa ke Malaysia" alone may be done already: it is not matched.
     */
    private static final Pattern TO_BE_SENT =
            Pattern.compile(
                    "\\b(mau|mo|mw|akan|rencana|rencananya|nanti|besok|segera|hendak|will|about to"
                            + "|plan to|planning to|going to be)\\b( \\S+){0,2}?"
                            + " (ke|k|masuk|msk|to|into|pi|pigi|pergi|berangkat|dikirim|kirim"
                            + "|dibawa|bawa|menuju|sent to|taken to)\\s+$");

    /** Coming back words just before a country's name: "pulang dari", "brought back from". */
    private static final Pattern BACK_FROM =
            Pattern.compile(
                    "\\b(pulang|balik|kembali|dipulangkan|dideportasi|deportasi|dibawa pulang"
                            + "|back|returned|deported|home)\\s+(dari|dr|from)\\s+$");

    /**
     * Whether every mention of the country {@code code} in {@code text} is where someone came back
     * from ("brought back from Malaysia", "baru pulang dari Malaysia"): with Kupang or a home named
     * ("at Oeba market in Kupang"), the person is in Indonesia now, and the hotlines are
     * Indonesia's (trial 15, D24: a volunteer with a woman controlled in a Kupang market got
     * Malaysia's 999). A call "from Malaysia" is not coming back: the caller may still be there.
     */
    private static boolean onlyBackFrom(String text, String code) {
        return every(text, code, BACK_FROM);
    }

    /**
     * Whether every mention of the country {@code code} in {@code text} is where someone is going
     * ("ke Malaysia", "masuk Malaysia", "to Malaysia"), not where someone is; false when the text
     * names it in no way we know.
     */
    private static boolean onlyGoingTo(String text, String code) {
        return every(text, code, GOING);
    }

    /** Whether {@code text} names {@code code} and {@code before} precedes every mention. */
    private static boolean every(String text, String code, Pattern before) {
        boolean mentioned = false;
        for (Map.Entry<String, Pattern> name : NAME_PATTERNS.entrySet()) {
            if (!code.equals(codeOf(name.getKey()))) {
                continue;
            }
            var m = name.getValue().matcher(text);
            while (m.find()) {
                mentioned = true;
                String words = text.substring(Math.max(0, m.start() - 30), m.start());
                if (!before.matcher(words).find()) {
                    return false;
                }
            }
        }
        return mentioned;
    }

    /**
     * Whether a follow-up that names {@code named} moves the emergency there. A place at home ("the
     * agent in Kupang", "sa di Oelamasi" from a sister at home) never moves an emergency abroad
     * unless the text says the person left it ("bukan di Malaysia", "sudah pulang").
     */
    static boolean leftFor(String named, String text) {
        return !"ID".equals(named) || LEFT.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** The country the text says the person is NOT in ("bukan di Malaysia"), or null. */
    private static String negated(String text) {
        var m = NOT_THERE.matcher(text);
        if (!m.find()) {
            return null;
        }
        String code = NAMES.get(m.group(4));
        String rest = (text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
        // "di Penang, bukan di Johor": Malaysia is still named.
        boolean namedElsewhere =
                NAME_PATTERNS.entrySet().stream()
                        .anyMatch(
                                e ->
                                        code.equals(codeOf(e.getKey()))
                                                && e.getValue().matcher(rest).find());
        return namedElsewhere ? null : code;
    }

    /**
     * The country the conversation's flow already holds (null for none). A broker report's
     * countries are where someone would be sent, not where the reporter is: unknown.
     */
    static String known(FlowState flow) {
        if (flow == null || flow instanceof ReportState) {
            return null;
        }
        if (flow instanceof id.migrasiaman.conversation.flows.EmergencyState e
                && AtSea.is(e.country())) {
            return e.country();
        }
        if (flow instanceof id.migrasiaman.conversation.flows.EmergencyState e
                && e.country().isEmpty()
                && e.interrupted() instanceof ReportState) {
            return null;
        }
        return flow.countries().stream().findFirst().orElse(null);
    }
}
