package id.migrasiaman.nlp.features;

import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.text.Lexicons;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * What the message names, as features: a phone, a sum of money, a destination country (and whether
 * it is one Indonesia places no workers in, {@code lexicon/no-placement.txt}), a transit point on
 * the documented broker routes ({@code lexicon/irregular-transits.txt}), an age under 18.
 */
public final class EntityFeatureGenerator implements FeatureGenerator {

    /** Countries without a placement agreement, where online-scam compounds recruit. */
    public static final Set<String> NO_PLACEMENT = Set.copyOf(Lexicons.lines("no-placement.txt"));

    /** Transit points of the documented irregular routes out of NTT. */
    public static final Set<String> IRREGULAR_TRANSITS =
            Set.copyOf(Lexicons.lines("irregular-transits.txt"));

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInfo) {
        List<String> features = new ArrayList<>(4);
        if (extraInfo == null || !(extraInfo.get(MessageView.ENTITIES) instanceof Entities e)) {
            return features;
        }
        if (!e.phones().isEmpty()) {
            features.add("ent=phone");
        }
        if (!e.amounts().isEmpty()) {
            features.add("ent=amount");
        }
        if (!e.destinations().isEmpty()) {
            features.add("ent=destination");
        }
        if (e.destinations().stream().anyMatch(NO_PLACEMENT::contains)) {
            features.add("ent=noplacement");
        }
        if (e.transits().stream().anyMatch(IRREGULAR_TRANSITS::contains)) {
            features.add("ent=irregulartransit");
        }
        if (e.namesAMinor()) {
            features.add("ent=minor");
        } else if (!e.ages().isEmpty()) {
            features.add("ent=adult");
        }
        return features;
    }
}
