package id.migrasiaman.nlp.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * The danger and time words of the message as features ({@code lexicon/danger.tsv}, {@code
 * past.txt}, {@code present.txt}): the model learns how much a "tolong" means next to "sekarang" or
 * "dulu", instead of leaving all of it to the safety net.
 */
public final class SignalFeatureGenerator implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInfo) {
        List<String> features = new ArrayList<>(3);
        if (extraInfo != null
                && extraInfo.get(MessageView.SIGNAL) instanceof DangerSignals.Signal s) {
            if (s.level() != DangerSignals.Level.NONE) {
                features.add("danger=" + s.level().name());
            }
            if (s.past()) {
                features.add("time=past");
            }
            if (s.present()) {
                features.add("time=present");
            }
            if (s.level() != DangerSignals.Level.NONE && s.present() && !s.past()) {
                features.add("danger=now");
            }
        }
        return features;
    }
}
