package id.migrasiaman.nlp.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Maxent (GIS) models over the same features: each feature known to any of them has one row of
 * weights, every outcome of every model side by side (0 where a model has none). The sum starts
 * from the uniform prior {@code log(1/outcomes)} and adds the weights feature by feature, then
 * {@code exp} and normalisation, exactly as {@code GISModel.eval} (adding 0 changes no sum).
 */
final class MaxentBank extends ModelBank {

    private final FeatureIndex index;
    private final double[] weights;
    private final int[] offset;
    private final double[] prior;

    MaxentBank(List<MaxentModel> models) {
        int n = models.size();
        this.offset = new int[n + 1];
        Set<String> features = new LinkedHashSet<>();
        for (int m = 0; m < n; m++) {
            offset[m + 1] = offset[m] + models.get(m).getNumOutcomes();
            features.addAll(predicates(models.get(m)).keySet());
        }
        int width = offset[n];
        this.index = new FeatureIndex(features);
        this.weights = new double[index.size() * width];
        this.prior = new double[width];
        for (int m = 0; m < n; m++) {
            double uniform = StrictMath.log(1.0 / models.get(m).getNumOutcomes());
            java.util.Arrays.fill(prior, offset[m], offset[m + 1], uniform);
            int at = offset[m];
            predicates(models.get(m))
                    .forEach(
                            (f, c) -> {
                                int row = index.id(f) * width + at;
                                for (int j = 0; j < c.getOutcomes().length; j++) {
                                    weights[row + c.getOutcomes()[j]] = c.getParameters()[j];
                                }
                            });
        }
    }

    /** The features a model knows, with their weights (or counts) per outcome. */
    @SuppressWarnings("unchecked")
    static Map<String, Context> predicates(MaxentModel model) {
        return (Map<String, Context>) ((AbstractModel) model).getDataStructures()[1];
    }

    @Override
    public double[][] eval(String[] context) {
        int width = prior.length;
        double[] sums = prior.clone();
        for (String feature : context) {
            int id = index.id(feature);
            if (id >= 0) {
                int row = id * width;
                for (int i = 0; i < width; i++) {
                    sums[i] += weights[row + i] * 1.0;
                }
            }
        }
        double[][] out = new double[offset.length - 1][];
        for (int m = 0; m < out.length; m++) {
            double[] s = java.util.Arrays.copyOfRange(sums, offset[m], offset[m + 1]);
            double normal = 0;
            for (int i = 0; i < s.length; i++) {
                s[i] = StrictMath.exp(s[i]);
                normal += s[i];
            }
            for (int i = 0; i < s.length; i++) {
                s[i] /= normal;
            }
            out[m] = s;
        }
        return out;
    }
}
