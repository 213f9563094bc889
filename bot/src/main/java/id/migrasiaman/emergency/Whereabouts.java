package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Words;
import id.migrasiaman.nlp.Analysis;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the writer says they are, remembered for the conversation ({@code
 * ConversationState.whereabouts}) so that a later emergency that names no country gets that
 * country's numbers (FACTS §11: 999 in Hong Kong, never Indonesia's 110). Only the writer placed in
 * a country ("aku PRT di hong kong", "sa kerja di malaysia", "I'm in Singapore"), never a plan
 * ("mau kerja di malaysia"), a country the writer is not in ("bukan di Malaysia"), or one someone
 * is going to; "sudah pulang" brings the writer home.
 */
final class Whereabouts {

    /** Cities people name before (or instead of) the country: {@link Countries#CITIES}. */
    private static final Map<String, String> CITIES = Countries.CITIES;

    private static final String CITY_NAMES = String.join("|", CITIES.keySet());

    /** The country names of {@link Countries#NAMES}, longest first, as one alternation. */
    private static final String COUNTRY_NAMES =
            java.util.stream.Stream.concat(
                            Countries.NAMES.keySet().stream(),
                            java.util.stream.Stream.concat(
                                    Countries.SCAM_COUNTRIES.keySet().stream(),
                                    Countries.OTHER_PLACEMENTS.keySet().stream()))
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                    .collect(java.util.stream.Collectors.joining("|"));

    /** The writer, then up to three words (a job, "sekarang", "lagi kerja"), then "in". */
    private static final Pattern SELF_IN =
            Pattern.compile(
                    "\\b(sa|saya|sy|beta|aku|ak|gue|gw|kami|katong|kita|i|we|i m|im|we re"
                            + "|kerja|bekerja|working|work|tinggal|live|living|stay|staying)"
                            + "( \\S+){0,3}? (di|d|in|at) (negara |negeri )?(?:(?<city>"
                            + CITY_NAMES
                            + ")(?: ?,? ?(?<name>"
                            + COUNTRY_NAMES
                            + "))?|(?<country>"
                            + COUNTRY_NAMES
                            + "))\\b");

    /**
     * A boat and its flag: "beta pung laki kerja di kapal ikan taiwan" (trial 18, D2): the crew's
     * later emergency at sea keeps Taiwan's 1955.
     */
    private static final Pattern BOAT =
            Pattern.compile(
                    "\\b(kapal|boat|vessel|ship)( (ikan|tuna|nelayan|penangkap ikan|fishing"
                            + "|longline|longliner))? (?<flag>"
                            + COUNTRY_NAMES
                            + ")\\b");

    /** A plan or a question about going, not where the writer is. */
    private static final Pattern PLAN =
            Pattern.compile(
                    "\\b(mau|ingin|pengen|pingin|rencana|akan|calon|belum|blm|want|wanna|plan"
                            + "|planning|going to|would like|lowongan|syarat|bukan|bkn|not|tidak"
                            + "|tdk|ga|gak|nggak|sonde|son|dulu|pernah|used to|was|were)\\b");

    /** Back home: Indonesia's numbers from now on. */
    private static final Pattern HOME =
            Pattern.compile(
                    "\\b(sa|saya|sy|beta|aku|ak|kami|katong|i|we|i m|im|we re)( \\S+){0,2}?"
                            + " (sudah pulang|su pulang|sdh pulang|udah pulang|sudah di rumah"
                            + "|su di rumah|back home|already home|am home|are home)\\b");

    /**
     * The countries with their own hotlines and those of the scam compounds by the names people
     * write: {@link Countries}'.
     */
    private static final Map<String, String> CODES = codes();

    private static Map<String, String> codes() {
        Map<String, String> out = new java.util.HashMap<>(Countries.NAMES);
        out.putAll(Countries.SCAM_COUNTRIES);
        out.putAll(Countries.OTHER_PLACEMENTS);
        return Map.copyOf(out);
    }

    /**
     * A promise or an offer just before: "janji kerja di Malaysia" is the broker's, not a place.
     */
    private static final Pattern PROMISED =
            Pattern.compile(
                    "\\b(janji|dijanjikan|janjikan|ditawari|ditawarkan|tawaran|tawarin|katanya"
                            + "|iming|promised|promises|offered|offers|offer)\\b");

    private Whereabouts() {}

    /** The country {@code analysis}'s text places the writer in, if it says so plainly. */
    static Optional<String> said(Analysis analysis) {
        if (analysis == null || analysis.text() == null) {
            return Optional.empty();
        }
        String text = Words.plain(analysis.text());
        Matcher in = SELF_IN.matcher(text);
        while (in.find()) {
            String before = text.substring(Math.max(0, in.start() - 20), in.start());
            String name = in.group("name") != null ? in.group("name") : in.group("country");
            String city = in.group("city");
            if (!PLAN.matcher(in.group()).find() && !PROMISED.matcher(before).find()) {
                return Optional.of(
                        name != null
                                ? CODES.get(name.toLowerCase(Locale.ROOT))
                                : CITIES.get(city.toLowerCase(Locale.ROOT)));
            }
        }
        Matcher boat = BOAT.matcher(text);
        if (boat.find() && !PLAN.matcher(text.substring(0, boat.start())).find()) {
            return Optional.of(CODES.get(boat.group("flag")));
        }
        // "boong deng, aku lagi di kupang makan se'i" (trial 18, D34): home again, 110 first.
        return HOME.matcher(text).find() || Countries.hereInIndonesia(text)
                ? Optional.of("ID")
                : Optional.empty();
    }
}
