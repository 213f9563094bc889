package id.migrasiaman.nlp.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Naive-Bayes models over the same features (the red-flag models): what a feature adds to each
 * outcome's log-probability depends on the feature alone, so it is computed once at load, for every
 * model, into one array per feature. A message then costs one look-up and a few additions per
 * feature, where {@code NaiveBayesModel.eval} computes a smoothed probability, its logarithm and a
 * boxed map entry per feature, outcome and model. Same smoothing (0.05), same order of additions,
 * same normalisation: the same probabilities.
 */
final class NaiveBayesBank extends ModelBank {

    /** OpenNLP's additive smoothing of the naive-Bayes counts. */
    private static final double SMOOTHING = 0.05;

    private final FeatureIndex index;
    private final double[] logs;
    private final int[] offset;
    private final double[] priorLogs;

    NaiveBayesBank(List<MaxentModel> models) {
        int n = models.size();
        this.offset = new int[n + 1];
        Set<String> features = new LinkedHashSet<>();
        for (int m = 0; m < n; m++) {
            offset[m + 1] = offset[m] + models.get(m).getNumOutcomes();
            features.addAll(MaxentBank.predicates(models.get(m)).keySet());
        }
        this.index = new FeatureIndex(features);
        this.logs = new double[index.size() * offset[n]];
        this.priorLogs = new double[offset[n]];
        for (int m = 0; m < n; m++) {
            add(m, (AbstractModel) models.get(m));
        }
    }

    private void add(int m, AbstractModel model) {
        Context[] params = (Context[]) model.getDataStructures()[0];
        int outcomes = model.getNumOutcomes();
        double[] totals = new double[outcomes];
        for (Context c : params) {
            for (int j = 0; j < c.getOutcomes().length; j++) {
                totals[c.getOutcomes()[j]] += c.getParameters()[j];
            }
        }
        double vocabulary = params.length;
        int width = offset[offset.length - 1];
        MaxentBank.predicates(model)
                .forEach(
                        (feature, c) -> {
                            int row = index.id(feature) * width;
                            int[] active = c.getOutcomes();
                            int a = 0;
                            for (int i = 0; i < outcomes && a < active.length; i++) {
                                double count = active[a] == i ? c.getParameters()[a++] * 1.0 : 0;
                                logs[row + offset[m] + i] =
                                        StrictMath.log(
                                                (count + SMOOTHING)
                                                        / (totals[i] + SMOOTHING * vocabulary));
                            }
                        });
        double total = 0;
        for (double t : totals) {
            total += t;
        }
        for (int i = 0; i < outcomes; i++) {
            priorLogs[offset[m] + i] = StrictMath.log(totals[i] / total);
        }
    }

    @Override
    public double[][] eval(String[] context) {
        int width = priorLogs.length;
        double[] sums = new double[width];
        for (String feature : context) {
            int id = index.id(feature);
            if (id >= 0) {
                int row = id * width;
                for (int i = 0; i < width; i++) {
                    sums[i] += logs[row + i];
                }
            }
        }
        double[][] out = new double[offset.length - 1][];
        for (int m = 0; m < out.length; m++) {
            out[m] = normalise(sums, priorLogs, offset[m], offset[m + 1]);
        }
        return out;
    }

    /** As OpenNLP's {@code LogProbabilities}: exp of each log minus the largest, over their sum. */
    private static double[] normalise(double[] sums, double[] prior, int from, int to) {
        double[] p = new double[to - from];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            sums[i] += prior[i];
            if (sums[i] > max) {
                max = sums[i];
            }
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            double e = StrictMath.exp(sums[i] - max);
            if (!Double.isNaN(e)) {
                sum += e;
                p[i - from] = e;
            }
        }
        if (sum > Double.MIN_VALUE) {
            for (int i = 0; i < p.length; i++) {
                p[i] /= sum;
            }
        }
        return p;
    }
}
