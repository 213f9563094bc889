package id.migrasiaman.nlp.training;

import id.migrasiaman.nlp.OpenNlpAnalyser;
import id.migrasiaman.nlp.entities.EntityExtractor;
import id.migrasiaman.nlp.features.MessageView;
import id.migrasiaman.nlp.model.ModelParams;
import id.migrasiaman.nlp.model.Scorer;
import id.migrasiaman.nlp.text.PreparedText;
import id.migrasiaman.nlp.text.TextNormaliser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * Bench helper ({@code -Dbench.explain=true}): the features that push the relevance model's "yes"
 * down and up most for each probe line, to see why a question is rejected.
 */
final class Explain {

    private Explain() {}

    @SuppressWarnings("unchecked")
    static void relevance(
            OpenNlpAnalyser analyser, DoccatModel model, ModelParams params, Path file) {
        AbstractModel m = (AbstractModel) model.getMaxentModel();
        Map<String, Context> predicates = (Map<String, Context>) m.getDataStructures()[1];
        int yes = m.getIndex(Scorer.YES);
        Scorer scorer = new Scorer(model, params);
        TextNormaliser normaliser = new TextNormaliser();
        EntityExtractor entities = new EntityExtractor();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                PreparedText prepared = normaliser.prepare(line);
                String lang = analyser.language(line);
                MessageView v =
                        MessageView.of(
                                line,
                                normaliser.tokens(prepared, lang),
                                entities.extract(prepared));
                List<Map.Entry<String, Double>> parts = new ArrayList<>();
                for (String f : scorer.context(v)) {
                    Context c = predicates.get(f);
                    if (c == null) {
                        continue;
                    }
                    double w = 0;
                    for (int j = 0; j < c.getOutcomes().length; j++) {
                        w += (c.getOutcomes()[j] == yes ? 1 : -1) * c.getParameters()[j];
                    }
                    parts.add(Map.entry(f, w));
                }
                parts.sort(Comparator.comparingDouble(e -> e.getValue()));
                StringBuilder out = new StringBuilder(line).append("\n  -");
                parts.stream()
                        .limit(8)
                        .forEach(
                                e ->
                                        out.append(
                                                String.format(
                                                        Locale.ROOT,
                                                        " %s %.2f",
                                                        e.getKey(),
                                                        e.getValue())));
                out.append("\n  +");
                for (int i = parts.size() - 1; i >= Math.max(0, parts.size() - 8); i--) {
                    out.append(
                            String.format(
                                    Locale.ROOT,
                                    " %s %.2f",
                                    parts.get(i).getKey(),
                                    parts.get(i).getValue()));
                }
                System.out.println(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
