package id.migrasiaman.nlp.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Negation scope: the words after a negator ({@code tidak}, {@code belum}, {@code bukan}, {@code
 * jangan}, {@code tanpa}; chat, Kupang and English negators are normalised to these), up to {@code
 * scope} words, as features of their own ({@code neg=bayar}): "tidak bayar" is not "bayar".
 */
public final class NegationFeatureGenerator implements FeatureGenerator {

    private static final Set<String> NEGATORS =
            Set.of("tidak", "belum", "bukan", "jangan", "tanpa");

    private final int scope;

    public NegationFeatureGenerator(int scope) {
        this.scope = scope;
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInfo) {
        List<String> features = new ArrayList<>(4);
        int left = 0;
        for (String token : tokens) {
            if (NEGATORS.contains(token)) {
                left = scope;
            } else if (left > 0) {
                features.add("neg=" + token);
                left--;
            }
        }
        return features;
    }
}
