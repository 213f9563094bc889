package id.migrasiaman.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.LanguageSample;
import opennlp.tools.util.ObjectStreamUtils;

/**
 * K-fold cross-validation of the whole pipeline (language, normalisation, intent, safety net) on
 * the training corpus, stratified by language and label; the way to tune params and lexicons
 * without looking at the held-out test set. Also compares the language model with OpenNLP's {@link
 * LanguageDetectorME}. Override params with {@code -Dintent.KEY=VALUE} or {@code
 * -Dlanguage.KEY=VALUE}; {@code -Dcv.errors=true} lists the misclassified messages on stderr;
 * {@code -Dcv.languageOnly=true} trains only a throw-away intent model, to tune language fast.
 */
public final class CrossValidator {

    private static final long SEED = 42;

    private CrossValidator() {}

    /** Usage: {@code CrossValidator CORPUS_TRAIN_FOLDER [K]}. */
    public static void main(String[] args) {
        List<LabelledMessage> corpus = Corpus.readFolder(Path.of(args[0]));
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<List<LabelledMessage>> folds = folds(corpus, k);
        List<Evaluator.Prediction> predictions = new ArrayList<>();
        int languageHits = 0;
        int detectorHits = 0;
        for (int f = 0; f < k; f++) {
            List<LabelledMessage> train = rest(folds, f);
            ModelParams intent = ModelParams.load("intent");
            boolean languageOnly = Boolean.getBoolean("cv.languageOnly");
            OpenNlpAnalyser analyser =
                    new OpenNlpAnalyser(
                            Models.trainIntent(languageOnly ? sample(train) : train, intent),
                            Models.trainLanguage(train, ModelParams.load("language")),
                            intent);
            LanguageDetectorME detector = new LanguageDetectorME(languageDetector(train));
            for (LabelledMessage m : folds.get(f)) {
                String language = analyser.language(m.text());
                languageHits += language.equals(m.language()) ? 1 : 0;
                if (Boolean.getBoolean("cv.errors") && !language.equals(m.language())) {
                    System.err.println(
                            "language\t" + language + "\t" + m.language() + "\t" + m.text());
                }
                Language best = detector.predictLanguage(m.text().toLowerCase(Locale.ROOT));
                detectorHits += best.getLang().equals(m.language()) ? 1 : 0;
            }
            List<Evaluator.Prediction> fold = Evaluator.predict(analyser, folds.get(f));
            predictions.addAll(fold);
            if (Boolean.getBoolean("cv.errors")) {
                printErrors(folds.get(f), fold);
            }
        }
        System.out.println(Evaluator.evaluate(predictions).toText());
        System.out.printf(
                Locale.ROOT,
                "language accuracy: doccat %.3f (%d), LanguageDetectorME %.3f (%d), n=%d%n",
                (double) languageHits / corpus.size(),
                languageHits,
                (double) detectorHits / corpus.size(),
                detectorHits,
                corpus.size());
    }

    /** Lists misclassified messages on stderr: gold, predicted, language, text. */
    private static void printErrors(
            List<LabelledMessage> messages, List<Evaluator.Prediction> fold) {
        for (int i = 0; i < messages.size(); i++) {
            Evaluator.Prediction p = fold.get(i);
            if (!p.gold().equals(p.predicted())) {
                System.err.println(
                        p.gold()
                                + "\t"
                                + p.predicted()
                                + "\t"
                                + p.language()
                                + "\t"
                                + messages.get(i).text());
            }
        }
    }

    /** Deterministic stratified folds: shuffled with a fixed seed, dealt round-robin per group. */
    static List<List<LabelledMessage>> folds(List<LabelledMessage> corpus, int k) {
        List<LabelledMessage> shuffled = new ArrayList<>(corpus);
        java.util.Collections.shuffle(shuffled, new Random(SEED));
        shuffled.sort(Comparator.comparing(m -> m.language() + "\t" + m.label()));
        List<List<LabelledMessage>> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            folds.add(new ArrayList<>());
        }
        Map<String, Integer> dealt = new HashMap<>();
        for (LabelledMessage m : shuffled) {
            int n = dealt.merge(m.language() + "\t" + m.label(), 1, Integer::sum);
            folds.get(n % k).add(m);
        }
        return folds;
    }

    /** Every tenth message: enough for a throw-away intent model when only language is tuned. */
    private static List<LabelledMessage> sample(List<LabelledMessage> train) {
        List<LabelledMessage> sample = new ArrayList<>();
        for (int i = 0; i < train.size(); i += 10) {
            sample.add(train.get(i));
        }
        return sample;
    }

    private static List<LabelledMessage> rest(List<List<LabelledMessage>> folds, int skip) {
        List<LabelledMessage> rest = new ArrayList<>();
        for (int i = 0; i < folds.size(); i++) {
            if (i != skip) {
                rest.addAll(folds.get(i));
            }
        }
        return rest;
    }

    private static LanguageDetectorModel languageDetector(List<LabelledMessage> train) {
        List<LanguageSample> samples =
                train.stream()
                        .map(
                                m ->
                                        new LanguageSample(
                                                new Language(m.language()),
                                                m.text().toLowerCase(Locale.ROOT)))
                        .toList();
        try {
            return LanguageDetectorME.train(
                    ObjectStreamUtils.createObjectStream(samples),
                    ModelParams.load("language").training(),
                    new LanguageDetectorFactory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
