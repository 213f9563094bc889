package id.migrasiaman.nlp.model;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Two models of the same outcomes as one: the weighted mean of their probabilities (a member of
 * another family, naive Bayes or a perceptron, beside the maxent model). Used by the bench.
 */
public final class Mixture extends AbstractModel {

    private final MaxentModel a;
    private final MaxentModel b;
    private final int[] bOf;
    private final double weightB;

    public Mixture(MaxentModel a, MaxentModel b, double weightB) {
        super(new Context[0], new String[0], outcomes(a));
        this.a = a;
        this.b = b;
        this.weightB = weightB;
        this.bOf = new int[a.getNumOutcomes()];
        for (int i = 0; i < bOf.length; i++) {
            bOf[i] = b.getIndex(a.getOutcome(i));
        }
    }

    private static String[] outcomes(MaxentModel m) {
        String[] out = new String[m.getNumOutcomes()];
        for (int i = 0; i < out.length; i++) {
            out[i] = m.getOutcome(i);
        }
        return out;
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
}
