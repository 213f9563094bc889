package id.migrasiaman.nlp.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * The words as typed (lower-cased, cut at anything but letters and digits), before the lexicons map
 * chat and Kupang spellings to standard forms: what normalisation merges ("gk", "sonde", "not" all
 * become "tidak") stays visible beside the normalised word.
 */
public final class RawWordsFeatureGenerator implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInfo) {
        if (extraInfo == null || !(extraInfo.get(MessageView.RAW) instanceof String text)) {
            return List.of();
        }
        List<String> features = new ArrayList<>(tokens.length);
        StringBuilder word = new StringBuilder();
        int limit = Math.min(text.length(), 4096);
        for (int i = 0; i <= limit; i++) {
            char c = i < limit ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                features.add("raw=" + word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        }
        return features;
    }
}
