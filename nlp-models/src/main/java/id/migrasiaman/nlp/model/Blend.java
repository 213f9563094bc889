package id.migrasiaman.nlp.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * Two maxent models of the same outcomes as one: the mean of their weights, feature by feature, so
 * the blend's probabilities are the normalised geometric mean of the members' (a log-linear
 * ensemble at the cost of one model). A feature one member does not know counts 0 for it.
 */
public final class Blend {

    private Blend() {}

    /** The blend of {@code a} and {@code b}, scored with the features of {@code params}. */
    public static DoccatModel of(DoccatModel a, DoccatModel b, ModelParams params) {
        AbstractModel ma = (AbstractModel) a.getMaxentModel();
        AbstractModel mb = (AbstractModel) b.getMaxentModel();
        int n = ma.getNumOutcomes();
        String[] outcomes = new String[n];
        int[] bOf = new int[mb.getNumOutcomes()];
        for (int i = 0; i < n; i++) {
            outcomes[i] = ma.getOutcome(i);
        }
        for (int j = 0; j < bOf.length; j++) {
            bOf[j] = ma.getIndex(mb.getOutcome(j));
            if (bOf[j] < 0) {
                throw new IllegalArgumentException("outcome " + mb.getOutcome(j) + " unknown");
            }
        }
        Map<String, Context> pa = MaxentBank.predicates(ma);
        Map<String, Context> pb = MaxentBank.predicates(mb);
        Set<String> features = new LinkedHashSet<>(pa.keySet());
        features.addAll(pb.keySet());
        List<String> labels = new ArrayList<>(features.size());
        List<Context> contexts = new ArrayList<>(features.size());
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (String f : features) {
            double[] w = new double[n];
            add(w, pa.get(f), null);
            add(w, pb.get(f), bOf);
            for (int i = 0; i < n; i++) {
                w[i] /= 2;
            }
            labels.add(f);
            contexts.add(new Context(all.clone(), w));
        }
        GISModel blended =
                new GISModel(
                        contexts.toArray(Context[]::new), labels.toArray(String[]::new), outcomes);
        return new DoccatModel(
                "mul", blended, new HashMap<>(), new DoccatFactory(params.features()));
    }

    private static void add(double[] w, Context c, int[] map) {
        if (c == null) {
            return;
        }
        for (int j = 0; j < c.getOutcomes().length; j++) {
            int o = c.getOutcomes()[j];
            w[map == null ? o : map[o]] += c.getParameters()[j];
        }
    }
}
