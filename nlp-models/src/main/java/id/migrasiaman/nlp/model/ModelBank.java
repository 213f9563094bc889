package id.migrasiaman.nlp.model;

import java.util.List;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.naivebayes.NaiveBayesModel;

/**
 * Several models that see the same features, scored together: each feature of a message is looked
 * up once for all of them (the intent and relevance models share one bank, the 13 red-flag models
 * another), where OpenNLP would look it up in each model's own map. The probabilities are those of
 * OpenNLP's {@code eval}, computed with the same arithmetic in the same order. Thread-safe.
 */
public abstract class ModelBank {

    /**
     * A bank over {@code models}: one table when they are all maxent (GIS) or all naive-Bayes
     * models, else each model on its own.
     */
    public static ModelBank of(List<MaxentModel> models) {
        if (!models.isEmpty() && models.stream().allMatch(GISModel.class::isInstance)) {
            return new MaxentBank(models);
        }
        if (!models.isEmpty() && models.stream().allMatch(NaiveBayesModel.class::isInstance)) {
            return new NaiveBayesBank(models);
        }
        return new SeparateBank(models);
    }

    /** The models' probabilities for a message's features: {@code [model][outcome]}. */
    public abstract double[][] eval(String[] context);

    /** Each model on its own, with OpenNLP's {@code eval}. */
    private static final class SeparateBank extends ModelBank {

        private final MaxentModel[] models;

        SeparateBank(List<MaxentModel> models) {
            this.models = models.toArray(MaxentModel[]::new);
        }

        @Override
        public double[][] eval(String[] context) {
            double[][] out = new double[models.length][];
            for (int m = 0; m < models.length; m++) {
                out[m] = models[m].eval(context);
            }
            return out;
        }
    }
}
