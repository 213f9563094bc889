package id.migrasiaman.nlp.model;

import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.features.EntityFeatureGenerator;
import id.migrasiaman.nlp.features.MessageView;
import id.migrasiaman.nlp.text.Lexicons;
import id.migrasiaman.nlp.text.PhraseForms;
import id.migrasiaman.nlp.text.PhraseMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which red flags of {@code content/red-flags.yml} a message shows: each flag model's
 * probability against the flag's threshold in {@code flags.params} (chosen by cross-validation),
 * and what the entities make certain: someone under 18 is {@value #UNDERAGE}; a transit point of
 * the broker routes next to a sign of wrong papers is {@value #IRREGULAR}; a job in a country
 * without a placement agreement is {@value #SCAM}; a domestic job in one of the 21 Middle East
 * countries under the moratorium (Kepmenaker 260/2015, still closed at the end of 2025) is {@value
 * #MORATORIUM}; a job in an Indonesian city that will "move" to a country abroad is {@value
 * #LOCAL_THEN_ABROAD}. A bare place name is no flag.
 */
public final class OfferFlags {

    public static final String UNDERAGE = "underage-or-forged";
    public static final String IRREGULAR = "irregular-route";
    public static final String SCAM = "online-scam";
    public static final String MORATORIUM = "moratorium-domestic-work";
    public static final String LOCAL_THEN_ABROAD = "local-job-then-abroad";
    public static final String FEES = "upfront-fees";
    public static final String SOCIAL = "social-media-recruitment";
    public static final String UNLICENSED = "unlicensed-agency";
    public static final String FAST = "fast-departure";

    /**
     * Flags that mean the papers are wrong: with a broker-route transit, the route is irregular.
     */
    private static final Set<String> PAPER_FLAGS =
            Set.of("visit-visa", "documents-held", "no-contract", "unlicensed-agency", UNDERAGE);

    private static final PhraseMatcher<Boolean> JOB_WORDS = matcher("job-words.txt");
    private static final PhraseMatcher<Boolean> MORATORIUM_PLACES =
            matcher("moratorium-places.txt");
    private static final PhraseMatcher<Boolean> DOMESTIC_WORK = matcher("domestic-work.txt");
    private static final PhraseMatcher<Boolean> LOCAL_PLACES = matcher("local-job-places.txt");
    private static final PhraseMatcher<Boolean> MOVE_ABROAD = matcher("move-abroad.txt");
    private static final PhraseMatcher<Boolean> PAYMENT_WORDS = matcher("payment-words.txt");
    private static final PhraseMatcher<Boolean> LATER_WORDS = matcher("later-words.txt");
    private static final PhraseMatcher<Boolean> PLATFORM_WORDS = matcher("platform-words.txt");
    private static final PhraseMatcher<Boolean> SCAM_CONTEXT = matcher("scam-context.txt");
    private static final PhraseMatcher<Boolean> LICENCE_WORDS = matcher("licence-words.txt");
    private static final PhraseMatcher<Boolean> BROKER_WORDS = matcher("broker-words.txt");
    private static final PhraseMatcher<Boolean> SOON_WORDS = matcher("soon-words.txt");
    private static final Set<String> NOT =
            Set.of(
                    "tidak", "tak", "belum", "bukan", "tanpa", "not", "no", "never", "without",
                    "isn't", "sonde", "son", "gak", "ga", "nggak", "blm");
    private static final Set<String> AT = Set.of("di", "in", "at", "dekat", "near");
    private static final Set<String> SALARY =
            Set.of("salary", "salaries", "wage", "wages", "gaji", "gajinya", "upah");
    private static final Set<String> PAID = Set.of("paid", "pay", "dibayar", "dibayarkan", "bayar");

    /**
     * What the entities and word lists of a message make certain.
     *
     * @param minor it names an age under 18
     * @param brokerTransit it names a transit point of the documented broker routes
     * @param noPlacementJob it names a job in a country Indonesia places no workers in
     * @param moratoriumDomestic it names domestic work and a Middle East country under the
     *     moratorium on domestic workers
     * @param localThenAbroad it names a job place in Indonesia, a country abroad and a word of
     *     moving the worker on
     * @param payment it names paying, charging or deducting money (without it, an amount is a
     *     salary, and the upfront-fees model does not count)
     * @param moratoriumPlace it names a moratorium country (without it, the moratorium model does
     *     not count)
     * @param localAndAbroad it names a job place in Indonesia and a place abroad (without them, the
     *     local-job-then-abroad model does not count)
     * @param platform it names an online medium: a platform, a group, a post (without it, the
     *     social-media-recruitment model does not count)
     * @param scamContext it names a place of the scam compounds (Cambodia, Myanmar, Thailand, Laos,
     *     their border towns) or the scam work itself (crypto, online casino): without it, the
     *     online-scam model does not count
     * @param licensed it says the recruiter is licensed or registered (not "not yet registered")
     *     and names no broker or private person: then the unlicensed-agency model does not count
     * @param soon it names a time soon or skipping the steps (without it, the fast-departure model
     *     does not count)
     */
    public record Facts(
            boolean minor,
            boolean brokerTransit,
            boolean noPlacementJob,
            boolean moratoriumDomestic,
            boolean localThenAbroad,
            boolean payment,
            boolean moratoriumPlace,
            boolean localAndAbroad,
            boolean platform,
            boolean scamContext,
            boolean licensed,
            boolean soon) {

        public static final Facts NONE =
                new Facts(
                        false, false, false, false, false, false, false, false, false, false, false,
                        false);

        /** Whether the model's "yes" for {@code id} may count: its gate's entities are there. */
        boolean admits(String id) {
            return switch (id) {
                case FEES -> payment;
                case MORATORIUM -> moratoriumPlace;
                case LOCAL_THEN_ABROAD -> localAndAbroad;
                case SOCIAL -> platform;
                case SCAM -> scamContext;
                case UNLICENSED -> !licensed;
                case FAST -> soon;
                default -> true;
            };
        }

        /** The facts of a message. */
        public static Facts of(MessageView view) {
            Entities e = view.entities();
            boolean transit =
                    e.transits().stream()
                            .anyMatch(EntityFeatureGenerator.IRREGULAR_TRANSITS::contains);
            boolean noPlacement =
                    e.destinations().stream()
                            .anyMatch(EntityFeatureGenerator.NO_PLACEMENT::contains);
            List<String> tokens = List.of(view.tokens());
            boolean job = noPlacement && !JOB_WORDS.find(tokens).isEmpty();
            boolean abroad =
                    !e.destinations().isEmpty()
                            || tokens.contains("abroad")
                            || String.join(" ", tokens).contains("luar negeri");
            return new Facts(
                    e.namesAMinor(),
                    transit,
                    job,
                    moratoriumDomestic(tokens),
                    abroad && localThenAbroad(tokens),
                    paysMoney(tokens),
                    !MORATORIUM_PLACES.find(tokens).isEmpty(),
                    abroad && workHereFirst(tokens),
                    namesAPlatform(tokens),
                    noPlacement || !SCAM_CONTEXT.find(tokens).isEmpty(),
                    saysLicensed(tokens) && BROKER_WORDS.find(tokens).isEmpty(),
                    !SOON_WORDS.find(tokens).isEmpty());
        }

        /**
         * Whether the (normalised) tokens say the recruiter is licensed or registered, with no
         * negation just before ("belum ada izin", "not registered").
         */
        static boolean saysLicensed(List<String> tokens) {
            boolean[] says = {false};
            LICENCE_WORDS.forEach(
                    tokens,
                    (value, at) -> {
                        boolean negated = false;
                        for (int j = Math.max(0, at - 3); j < at; j++) {
                            negated |= NOT.contains(tokens.get(j));
                        }
                        says[0] |= !negated;
                    });
            return says[0];
        }

        /** Whether the (normalised) tokens name an online medium: a platform, a group, a post. */
        public static boolean namesAPlatform(List<String> tokens) {
            return !PLATFORM_WORDS.find(tokens).isEmpty();
        }

        /**
         * Whether the (normalised) tokens name a place in Indonesia as where one works ("di Batam",
         * "in Bali", not "ke Batam") and a word of "first here, later there".
         */
        static boolean workHereFirst(List<String> tokens) {
            if (LATER_WORDS.find(tokens).isEmpty()) {
                return false;
            }
            boolean[] here = {false};
            LOCAL_PLACES.forEach(
                    tokens,
                    (value, at) -> {
                        for (int j = Math.max(0, at - 3); j < at; j++) {
                            here[0] |= AT.contains(tokens.get(j));
                        }
                    });
            return here[0];
        }

        /**
         * Whether the (normalised) tokens name paying, charging or deducting money other than the
         * salary being paid ("salary paid to a bank account" is the legal route, no fee).
         */
        static boolean paysMoney(List<String> tokens) {
            boolean[] pays = {false};
            PAYMENT_WORDS.forEach(
                    tokens,
                    (value, at) -> {
                        boolean salaryPaid = false;
                        if (PAID.contains(tokens.get(at))) {
                            for (int j = Math.max(0, at - 2); j < at; j++) {
                                salaryPaid |= SALARY.contains(tokens.get(j));
                            }
                        }
                        pays[0] |= !salaryPaid;
                    });
            return pays[0];
        }

        /** Whether the (normalised) tokens name a job place in Indonesia and moving on. */
        public static boolean localThenAbroad(List<String> tokens) {
            return !LOCAL_PLACES.find(tokens).isEmpty() && !MOVE_ABROAD.find(tokens).isEmpty();
        }

        /** Whether the (normalised) tokens name domestic work and a moratorium country. */
        public static boolean moratoriumDomestic(List<String> tokens) {
            return !MORATORIUM_PLACES.find(tokens).isEmpty()
                    && !DOMESTIC_WORK.find(tokens).isEmpty();
        }
    }

    private final Map<String, Double> thresholds;

    /**
     * @param thresholds flag id to the probability from which its model's answer counts
     */
    public OfferFlags(Map<String, Double> thresholds) {
        this.thresholds = new LinkedHashMap<>(thresholds);
    }

    /** The thresholds of {@code flags.params}: {@code Threshold.ID}, else {@code Threshold}. */
    public static Map<String, Double> thresholds(ModelParams params, Collection<String> ids) {
        double fallback = params.number("Threshold", 0.5);
        Map<String, Double> thresholds = new LinkedHashMap<>();
        ids.forEach(id -> thresholds.put(id, params.number("Threshold." + id, fallback)));
        return thresholds;
    }

    /** The flag ids: the models' in their order, then the rules', without duplicates. */
    public List<String> decide(Map<String, Double> probabilities, Facts facts) {
        List<String> flags = new ArrayList<>(2);
        probabilities.forEach(
                (id, p) -> {
                    if (p >= thresholds.getOrDefault(id, 0.5) && facts.admits(id)) {
                        flags.add(id);
                    }
                });
        if (facts.minor()) {
            add(flags, UNDERAGE);
        }
        if (facts.brokerTransit() && showsWrongPapers(flags)) {
            add(flags, IRREGULAR);
        }
        if (facts.noPlacementJob()) {
            add(flags, SCAM);
        }
        if (facts.moratoriumDomestic()) {
            add(flags, MORATORIUM);
        }
        if (facts.localThenAbroad()) {
            add(flags, LOCAL_THEN_ABROAD);
        }
        return flags;
    }

    /**
     * Whether the flags found include one about wrong papers (visit visa, documents held, no
     * contract, unlicensed agency, underage): next to a broker-route transit such a sign makes the
     * route irregular, whether a model or an editor's pattern found it.
     */
    public static boolean showsWrongPapers(Collection<String> flags) {
        return flags.stream().anyMatch(PAPER_FLAGS::contains);
    }

    /** Whether the entities name a transit point of the documented broker routes. */
    public static boolean namesBrokerTransit(Entities entities) {
        return entities.transits().stream()
                .anyMatch(EntityFeatureGenerator.IRREGULAR_TRANSITS::contains);
    }

    private static void add(List<String> flags, String id) {
        if (!flags.contains(id)) {
            flags.add(id);
        }
    }

    private static PhraseMatcher<Boolean> matcher(String lexicon) {
        PhraseMatcher<Boolean> matcher = new PhraseMatcher<>();
        for (String line : Lexicons.lines(lexicon)) {
            PhraseForms.of(line).forEach(form -> matcher.add(form, Boolean.TRUE));
        }
        return matcher;
    }
}
