package id.migrasiaman.nlp.model;

import id.migrasiaman.nlp.features.MessageView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The red-flag models, one binary model per flag id, scored as one {@link ModelBank}: each scores
 * the whole message and each of its clauses, and the highest probability of "yes" counts (in a long
 * offer with five signs, naive Bayes otherwise hears the other four as evidence against the fifth).
 * Thread-safe.
 */
public final class FlagModels {

    private final String[] ids;
    private final int[] yes;
    private final Scorer features;
    private final ModelBank bank;

    /**
     * @param models flag id to its model, in the order the flags are reported
     * @param params the flag models' params (their feature generators)
     */
    public FlagModels(Map<String, DoccatModel> models, ModelParams params) {
        this.ids = models.keySet().toArray(String[]::new);
        this.yes = new int[ids.length];
        List<MaxentModel> maxent = new ArrayList<>(ids.length);
        for (int m = 0; m < ids.length; m++) {
            MaxentModel model = models.get(ids[m]).getMaxentModel();
            maxent.add(model);
            yes[m] = model.getIndex(Scorer.YES);
        }
        this.features = models.isEmpty() ? null : new Scorer(models.get(ids[0]), params);
        this.bank = ModelBank.of(maxent);
    }

    /** The flag ids, in order. */
    public List<String> ids() {
        return List.of(ids);
    }

    /**
     * Each flag model's highest probability of "yes" over the given views (the whole message and
     * its clauses), in the order of {@link #ids()}; views without tokens are skipped.
     */
    public Map<String, Double> score(List<MessageView> views) {
        double[] best = new double[ids.length];
        boolean any = false;
        for (MessageView view : views) {
            if (view.tokens().length == 0 || features == null) {
                continue;
            }
            double[][] p = bank.eval(features.context(view));
            for (int m = 0; m < ids.length; m++) {
                double y = yes[m] < 0 ? 0 : p[m][yes[m]];
                best[m] = any ? Math.max(best[m], y) : y;
            }
            any = true;
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        if (any) {
            for (int m = 0; m < ids.length; m++) {
                scores.put(ids[m], best[m]);
            }
        }
        return scores;
    }
}
