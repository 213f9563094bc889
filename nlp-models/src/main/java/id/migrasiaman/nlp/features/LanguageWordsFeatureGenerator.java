package id.migrasiaman.nlp.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Each normalised word again, joined to the message's language ({@code mkn|sonde}): one model that
 * also learns what a word means in one language only, beside the shared weights of the plain word
 * (a separate model per language, without splitting the corpus).
 */
public final class LanguageWordsFeatureGenerator implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInfo) {
        if (extraInfo == null || !(extraInfo.get(MessageView.LANGUAGE) instanceof String lang)) {
            return List.of();
        }
        List<String> features = new ArrayList<>(tokens.length + 1);
        features.add("lang=" + lang);
        String prefix = lang + "|";
        for (String token : tokens) {
            features.add(prefix + token);
        }
        return features;
    }
}
