package id.migrasiaman.nlp.features;

import id.migrasiaman.nlp.text.Lexicon;
import id.migrasiaman.nlp.text.Words;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * For language detection: one feature per token found in a lexicon (Kupang Malay, chat Indonesian,
 * English glossary), so a Kupang word the corpus never showed in a given message still votes for
 * Kupang Malay.
 */
public final class LexiconFeatureGenerator implements FeatureGenerator {

    private static final Map<String, String[]> KUPANG = Lexicon.kupang();

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInfo) {
        List<String> features = new ArrayList<>(2);
        for (String token : tokens) {
            if (KUPANG.containsKey(token)) {
                features.add("lex=mkn");
            } else if (Words.ENGLISH.containsKey(token)) {
                features.add("lex=en");
            } else if (Words.INDONESIAN.containsKey(token)) {
                features.add("lex=chat");
            }
        }
        return features;
    }
}
