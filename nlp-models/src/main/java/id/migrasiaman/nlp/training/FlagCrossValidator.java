package id.migrasiaman.nlp.training;

import id.migrasiaman.nlp.features.MessageView;
import id.migrasiaman.nlp.model.ModelParams;
import id.migrasiaman.nlp.model.OfferFlags;
import id.migrasiaman.nlp.model.Scorer;
import id.migrasiaman.nlp.text.Clauses;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.DoccatModel;

/**
 * K-fold cross-validation of the red-flag recognition (flag models over the message and its
 * clauses, thresholds and entity rules) on the flag corpus plus the greetings and out-of-scope
 * messages of the intent corpus (which must stay unflagged): precision and recall per flag, and the
 * share of clean offers left unflagged. With {@code -Dcv.tune=true} it also prints, per flag, the
 * threshold with the best F1 (F-beta with {@code -Dcv.beta=2}: a missed warning sign costs more
 * than a false alarm). Override params with {@code -Dflags.KEY=VALUE}; {@code -Dcv.errors=true}
 * lists the mistakes on stderr.
 */
public final class FlagCrossValidator {

    /** A validation message, its gold flags, and each flag model's probability and the facts. */
    record Scored(
            FlaggedMessage message, Map<String, Double> probabilities, OfferFlags.Facts facts) {}

    /** Thresholds tried; naive Bayes is often sure of itself, so the top end is fine-grained. */
    private static final double[] CANDIDATES = {
        0.1,
        0.2,
        0.3,
        0.4,
        0.5,
        0.6,
        0.7,
        0.8,
        0.85,
        0.9,
        0.95,
        0.97,
        0.99,
        0.995,
        0.999,
        0.9999,
        0.99999,
        0.999999,
        0.9999999,
        0.99999999
    };

    private FlagCrossValidator() {}

    /** Usage: {@code FlagCrossValidator CORPUS_FLAGS_FOLDER CORPUS_TRAIN_FOLDER [K]}. */
    public static void main(String[] args) {
        List<FlaggedMessage> offers = FlagCorpus.readFolder(Path.of(args[0]));
        List<FlaggedMessage> all = new ArrayList<>(offers);
        for (LabelledMessage m : Corpus.readFolder(Path.of(args[1]))) {
            if (RelevanceReport.offTopic(m.label())) {
                all.add(new FlaggedMessage(m.language() + "-chat", Set.of(), m.text()));
            }
        }
        int k = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ModelParams params = ModelParams.load("flags");
        List<String> ids = FlagCorpus.ids(offers);
        List<Scored> scored = score(all, k, params);
        Map<String, Double> thresholds = OfferFlags.thresholds(params, ids);
        System.out.println(FlagReport.of(scored, ids, thresholds).toText());
        if (Boolean.getBoolean("cv.errors")) {
            FlagReport.printErrors(scored, thresholds);
        }
        if (Boolean.getBoolean("cv.tune")) {
            System.out.println(tune(scored, ids, thresholds));
        }
    }

    static List<Scored> score(List<FlaggedMessage> all, int k, ModelParams params) {
        List<List<FlaggedMessage>> folds =
                Folds.of(
                        all,
                        k,
                        m ->
                                m.language()
                                        + "\t"
                                        + m.flags().stream().sorted().findFirst().orElse("none"));
        List<Scored> scored = new ArrayList<>(all.size());
        for (int f = 0; f < k; f++) {
            List<FlaggedMessage> train = new ArrayList<>();
            for (FlaggedMessage m : Folds.rest(folds, f)) {
                train.add(new FlaggedMessage(language(m), m.flags(), m.text(), m.unlabelled()));
            }
            Map<String, Scorer> models = new LinkedHashMap<>();
            Map<String, DoccatModel> trained = Training.flags(train, List.of(), params);
            trained.forEach((id, model) -> models.put(id, new Scorer(model, params)));
            for (FlaggedMessage m : folds.get(f)) {
                MessageView view = Training.view(m.text(), language(m));
                Map<String, Double> p = new LinkedHashMap<>();
                List<String> parts = new ArrayList<>(List.of(m.text()));
                parts.addAll(Clauses.of(m.text(), language(m)));
                for (String part : parts) {
                    MessageView v = Training.view(part, language(m));
                    if (v.tokens().length == 0 || models.isEmpty()) {
                        continue;
                    }
                    String[] context = models.values().iterator().next().context(v);
                    models.forEach((id, model) -> p.merge(id, model.yes(context), Math::max));
                }
                scored.add(new Scored(m, p, OfferFlags.Facts.of(view)));
            }
        }
        return scored;
    }

    /** Per flag, the threshold with the best F-beta (the others kept), on the same scores. */
    private static String tune(List<Scored> scored, List<String> ids, Map<String, Double> now) {
        double beta = Double.parseDouble(System.getProperty("cv.beta", "1"));
        StringBuilder out =
                new StringBuilder("best thresholds (flags.params), F-beta " + beta + ":\n");
        for (String id : ids) {
            double best = now.get(id);
            double bestF1 = -1;
            for (double t : CANDIDATES) {
                Map<String, Double> trial = new LinkedHashMap<>(now);
                trial.put(id, t);
                double f1 = FlagReport.of(scored, ids, trial).fBeta(id, beta);
                if (f1 > bestF1 + 1e-9
                        || (Math.abs(f1 - bestF1) < 1e-9
                                && Math.abs(t - 0.5) < Math.abs(best - 0.5))) {
                    bestF1 = f1;
                    best = t;
                }
            }
            out.append(
                    String.format(Locale.ROOT, "Threshold.%s=%s   (F1 %.3f)%n", id, best, bestF1));
        }
        return out.toString();
    }

    /** The language of a message; off-topic lines of the intent corpus are marked "-chat". */
    static String language(FlaggedMessage m) {
        return m.language().endsWith("-chat")
                ? m.language().substring(0, m.language().length() - 5)
                : m.language();
    }
}
