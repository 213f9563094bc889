package id.migrasiaman.nlp.training;

import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.OpenNlpAnalyser;
import id.migrasiaman.nlp.model.Blend;
import id.migrasiaman.nlp.model.ModelParams;
import id.migrasiaman.nlp.model.ModelSet;
import id.migrasiaman.nlp.model.Models;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import opennlp.tools.doccat.DoccatModel;

/**
 * A bench for modelling choices: trains the intent and relevance models on the training corpus with
 * the params files (overridden with {@code -Dintent.KEY=VALUE}, {@code -Drelevance.KEY=VALUE}),
 * then scores every evaluation set under a folder ({@code eval/independent}: intents macro-F1 per
 * language, emergency precision and recall, out-of-scope recall; the relevance model's on-topic
 * questions rejected and off-topic questions accepted). The sets are development sets for choosing
 * features and models, never material for corpus lines. {@code -Dbench.train=relevance} trains only
 * the relevance model and takes the packaged intent model (and the reverse); the language model is
 * always the packaged one. {@code -Dbench.misses=FILE} writes every misclassified line (set,
 * language, gold, predicted, confidence, relevance, text) for error analysis by kind.
 */
public final class Bench {

    private static final String EMERGENCY = Intent.EMERGENCY.label();

    /** One set's figures. */
    record Row(
            String set,
            int n,
            double macroF1,
            double en,
            double id,
            double mkn,
            double emergencyP,
            double emergencyR,
            double outOfScopeR,
            int onTopic,
            int onTopicRejected,
            int offTopic,
            int offTopicAccepted) {}

    private Bench() {}

    /** Usage: {@code Bench CORPUS_TRAIN_FOLDER EVAL_FOLDER}. */
    public static void main(String[] args) {
        List<LabelledMessage> corpus = Corpus.readFolder(Path.of(args[0]));
        ModelSet.Params p = ModelSet.Params.load();
        String train = System.getProperty("bench.train", "intent,relevance");
        long start = System.nanoTime();
        DoccatModel intent =
                train.contains("intent")
                        ? Training.intent(corpus, p.intent())
                        : Models.load(Models.INTENT_FILE, p.intent());
        String blend = System.getProperty("bench.blend");
        if (blend != null) {
            // A second intent member with some params changed (KEY=VALUE,...), blended.
            ModelParams other = p.intent();
            for (String kv : blend.split(",")) {
                String[] parts = kv.split("=", 2);
                other = other.with(parts[0], parts[1]);
            }
            intent = Blend.of(intent, Training.intent(corpus, other), p.intent());
        }
        String mix = System.getProperty("bench.mix");
        if (mix != null) {
            // A member of another family (or other features), its probabilities averaged in.
            ModelParams other = p.intent();
            for (String kv : mix.split(",")) {
                String[] parts = kv.split("=", 2);
                other = other.with(parts[0], parts[1]);
            }
            DoccatModel member = Training.intent(corpus, other);
            double w = Double.parseDouble(System.getProperty("bench.mixWeight", "0.5"));
            intent =
                    new DoccatModel(
                            "mul",
                            new id.migrasiaman.nlp.model.Mixture(
                                    intent.getMaxentModel(), member.getMaxentModel(), w),
                            new java.util.HashMap<>(),
                            new opennlp.tools.doccat.DoccatFactory(p.intent().features()));
        }
        List<LabelledMessage> content =
                ContentQuestions.read(Path.of(System.getProperty("bench.content", "content")));
        DoccatModel relevance =
                train.contains("relevance")
                        ? Training.relevance(corpus, content, p.relevance())
                        : Models.load(Models.RELEVANCE_FILE, p.relevance());
        ModelSet models =
                new ModelSet(
                        intent,
                        p.intent(),
                        Models.load(Models.LANGUAGE_FILE, p.language()),
                        p.language(),
                        relevance,
                        p.relevance(),
                        Map.of(),
                        p.flags());
        System.err.printf(
                Locale.ROOT, "trained in %d s%n", (System.nanoTime() - start) / 1_000_000_000);
        OpenNlpAnalyser analyser = OpenNlpAnalyser.of(models);
        List<Row> rows = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (Path set : sets(Path.of(args[1]))) {
            rows.add(score(analyser, set, misses));
        }
        String missesFile = System.getProperty("bench.misses");
        if (missesFile != null) {
            try {
                Files.write(Path.of(missesFile), misses, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        System.out.print(table(rows));
        String probe = System.getProperty("bench.probe");
        if (probe != null) {
            probe(analyser, Path.of(probe));
            if (Boolean.getBoolean("bench.explain")) {
                Explain.relevance(analyser, relevance, p.relevance(), Path.of(probe));
            }
        }
    }

    /** Each line of {@code file}: relevance, intent, language, text (why a message is rejected). */
    private static void probe(OpenNlpAnalyser analyser, Path file) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                id.migrasiaman.nlp.model.Scores s = analyser.scores(line);
                Analysis a = analyser.decide(s);
                String best = s.intents().isEmpty() ? "-" : s.best().label();
                System.out.printf(
                        Locale.ROOT,
                        "%.3f\t%s\t%s\t%s\t%.3f\t%s\t%s%n",
                        a.relevance(),
                        a.intent().label(),
                        a.language(),
                        best,
                        s.intents().isEmpty() ? 0 : s.probability(s.best()),
                        s.signal().effective(),
                        line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sub-folders holding intents or questions, in name order. */
    static List<Path> sets(Path folder) {
        try (Stream<Path> dirs = Files.list(folder)) {
            return dirs.filter(Files::isDirectory)
                    .filter(
                            d ->
                                    Files.exists(d.resolve("intents-en.tsv"))
                                            || Files.exists(d.resolve("questions.tsv")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scores one set; each misclassified intent line is added to {@code misses}. */
    static Row score(OpenNlpAnalyser analyser, Path set, List<String> misses) {
        List<LabelledMessage> intents = new ArrayList<>();
        for (String language : List.of("id", "mkn", "en")) {
            Path file = set.resolve("intents-" + language + ".tsv");
            if (Files.exists(file)) {
                for (LabelledMessage m : Corpus.read(file)) {
                    intents.add(new LabelledMessage(language, m.label(), m.text()));
                }
            }
        }
        EvaluationReport r =
                intents.isEmpty()
                        ? null
                        : Evaluator.evaluate(
                                predict(analyser, intents, set.getFileName() + "\t", misses));
        int onTopic = 0;
        int rejected = 0;
        int offTopic = 0;
        int accepted = 0;
        for (String[] q : questions(set.resolve("questions.tsv"))) {
            boolean relevant = analyser.analyse(q[1]).aboutWorkAbroad();
            if (q[2].equals("topic")) {
                onTopic++;
                rejected += relevant ? 0 : 1;
            } else {
                offTopic++;
                accepted += relevant ? 1 : 0;
            }
        }
        return new Row(
                set.getFileName().toString(),
                r == null ? 0 : r.n(),
                r == null ? Double.NaN : r.macroF1(),
                language(r, "en"),
                language(r, "id"),
                language(r, "mkn"),
                r == null ? Double.NaN : label(r, EMERGENCY).precision(),
                r == null ? Double.NaN : label(r, EMERGENCY).recall(),
                r == null ? Double.NaN : label(r, Intent.OUT_OF_SCOPE.label()).recall(),
                onTopic,
                rejected,
                offTopic,
                accepted);
    }

    private static List<Evaluator.Prediction> predict(
            OpenNlpAnalyser analyser,
            List<LabelledMessage> messages,
            String prefix,
            List<String> misses) {
        List<Evaluator.Prediction> out = new ArrayList<>(messages.size());
        for (LabelledMessage m : messages) {
            Analysis a = analyser.analyse(m.text());
            out.add(new Evaluator.Prediction(m.language(), m.label(), a.intent().label()));
            if (!m.label().equals(a.intent().label())) {
                misses.add(
                        prefix
                                + String.format(
                                        Locale.ROOT,
                                        "%s\t%s\t%s\t%.2f\t%.2f\t%s",
                                        m.language(),
                                        m.label(),
                                        a.intent().label(),
                                        a.confidence(),
                                        a.relevance(),
                                        m.text()));
            }
        }
        return out;
    }

    private static EvaluationReport.LabelScores label(EvaluationReport r, String label) {
        return r.perLabel().getOrDefault(label, new EvaluationReport.LabelScores(0, 0, 0, 0));
    }

    private static double language(EvaluationReport r, String language) {
        if (r == null || !r.byLanguage().containsKey(language)) {
            return Double.NaN;
        }
        return r.byLanguage().get(language).macroF1();
    }

    /** {@code topic<TAB>question<TAB>kind} lines (kind: topic, offtopic, nearmiss). */
    private static List<String[]> questions(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<String[]> out = new ArrayList<>();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t");
                if (cells.length >= 3) {
                    out.add(cells);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line per set, then the mean macro-F1 and the pooled relevance rates. */
    static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append("set\tn\tmacroF1\ten\tid\tmkn\temergP\temergR\toosR\ttopicRej\toffAcc\n");
        double sum = 0;
        int sets = 0;
        int onTopic = 0;
        int rejected = 0;
        int offTopic = 0;
        int accepted = 0;
        for (Row r : rows) {
            out.append(
                    String.format(
                            Locale.ROOT,
                            "%s\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%d/%d\t%d/%d%n",
                            r.set(),
                            r.n(),
                            r.macroF1(),
                            r.en(),
                            r.id(),
                            r.mkn(),
                            r.emergencyP(),
                            r.emergencyR(),
                            r.outOfScopeR(),
                            r.onTopicRejected(),
                            r.onTopic(),
                            r.offTopicAccepted(),
                            r.offTopic()));
            if (!Double.isNaN(r.macroF1())) {
                sum += r.macroF1();
                sets++;
            }
            onTopic += r.onTopic();
            rejected += r.onTopicRejected();
            offTopic += r.offTopic();
            accepted += r.offTopicAccepted();
        }
        out.append(
                String.format(
                        Locale.ROOT,
                        "MEAN macroF1 %.4f over %d sets; on-topic rejected %d/%d (%.1f %%),"
                                + " off-topic accepted %d/%d (%.1f %%)%n",
                        sets == 0 ? 0 : sum / sets,
                        sets,
                        rejected,
                        onTopic,
                        100.0 * rejected / Math.max(1, onTopic),
                        accepted,
                        offTopic,
                        100.0 * accepted / Math.max(1, offTopic)));
        return out.toString();
    }
}
