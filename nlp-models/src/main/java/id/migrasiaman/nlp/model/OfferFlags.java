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
 * without a placement agreement is {@value #SCAM}. A bare place name is no flag.
 */
public final class OfferFlags {

    public static final String UNDERAGE = "underage-or-forged";
    public static final String IRREGULAR = "irregular-route";
    public static final String SCAM = "online-scam";

    /**
     * Flags that mean the papers are wrong: with a broker-route transit, the route is irregular.
     */
    private static final Set<String> PAPER_FLAGS =
            Set.of("visit-visa", "documents-held", "no-contract", "unlicensed-agency", UNDERAGE);

    private static final PhraseMatcher<Boolean> JOB_WORDS = jobWords();

    /**
     * What the entities and word lists of a message make certain.
     *
     * @param minor it names an age under 18
     * @param brokerTransit it names a transit point of the documented broker routes
     * @param noPlacementJob it names a job in a country Indonesia places no workers in
     */
    public record Facts(boolean minor, boolean brokerTransit, boolean noPlacementJob) {

        public static final Facts NONE = new Facts(false, false, false);

        /** The facts of a message. */
        public static Facts of(MessageView view) {
            Entities e = view.entities();
            boolean transit =
                    e.transits().stream()
                            .anyMatch(EntityFeatureGenerator.IRREGULAR_TRANSITS::contains);
            boolean noPlacement =
                    e.destinations().stream()
                            .anyMatch(EntityFeatureGenerator.NO_PLACEMENT::contains);
            boolean job = noPlacement && !JOB_WORDS.find(List.of(view.tokens())).isEmpty();
            return new Facts(e.namesAMinor(), transit, job);
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
                    if (p >= thresholds.getOrDefault(id, 0.5)) {
                        flags.add(id);
                    }
                });
        if (facts.minor()) {
            add(flags, UNDERAGE);
        }
        if (facts.brokerTransit() && flags.stream().anyMatch(PAPER_FLAGS::contains)) {
            add(flags, IRREGULAR);
        }
        if (facts.noPlacementJob()) {
            add(flags, SCAM);
        }
        return flags;
    }

    private static void add(List<String> flags, String id) {
        if (!flags.contains(id)) {
            flags.add(id);
        }
    }

    private static PhraseMatcher<Boolean> jobWords() {
        PhraseMatcher<Boolean> matcher = new PhraseMatcher<>();
        for (String line : Lexicons.lines("job-words.txt")) {
            PhraseForms.of(line).forEach(form -> matcher.add(form, Boolean.TRUE));
        }
        return matcher;
    }
}
