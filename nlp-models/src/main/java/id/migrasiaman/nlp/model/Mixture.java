package id.migrasiaman.nlp.model;

import opennlp.tools.ml.model.MaxentModel;

/**
 * Two models of the same outcomes as one: the weighted mean of their probabilities (a member of
 * another family, naive Bayes or a perceptron, beside the maxent model). Used by the bench.
 */
public final class Mixture implements MaxentModel {

    private final MaxentModel a;
    private final MaxentModel b;
    private final int[] bOf;
    private final double weightB;

    public Mixture(MaxentModel a, MaxentModel b, double weightB) {
        this.a = a;
        this.b = b;
        this.weightB = weightB;
        this.bOf = new int[a.getNumOutcomes()];
        for (int i = 0; i < bOf.length; i++) {
            bOf[i] = b.getIndex(a.getOutcome(i));
        }
    }

    @Override
    public double[] eval(String[] context) {
        double[] pa = a.eval(context);
        double[] pb = b.eval(context);
        double[] out = new double[pa.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (1 - weightB) * pa[i] + weightB * (bOf[i] < 0 ? 0 : pb[bOf[i]]);
        }
        return out;
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        double[] out = eval(context);
        System.arraycopy(out, 0, probs, 0, out.length);
        return probs;
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return eval(context);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
        return a.getBestOutcome(outcomes);
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
        return a.getAllOutcomes(outcomes);
    }

    @Override
    public String getOutcome(int i) {
        return a.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
        return a.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return a.getNumOutcomes();
    }
}
