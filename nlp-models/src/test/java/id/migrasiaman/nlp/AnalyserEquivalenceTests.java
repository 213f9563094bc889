package id.migrasiaman.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.migrasiaman.nlp.entities.EntityExtractor;
import id.migrasiaman.nlp.features.MessageView;
import id.migrasiaman.nlp.model.ModelSet;
import id.migrasiaman.nlp.model.OfferFlags;
import id.migrasiaman.nlp.model.Scorer;
import id.migrasiaman.nlp.model.Scores;
import id.migrasiaman.nlp.text.Clauses;
import id.migrasiaman.nlp.text.PreparedText;
import id.migrasiaman.nlp.text.TextNormaliser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The analyser's fast path (model banks, features computed once) says exactly what the models say
 * through OpenNLP's own {@code eval}, each model on its own, each clause normalised on its own —
 * the analyser as it was before the banks — on the held-out corpus and the seen independent sets
 * w1–w3: same language, intent, flags and entities, every probability within 1e-9.
 */
class AnalyserEquivalenceTests {

    private static final double TOLERANCE = 1e-9;

    @Test
    void fastPathSaysWhatEachModelSaysThroughOpenNlp() throws IOException {
        ModelSet models = ModelSet.fromClasspath();
        OpenNlpAnalyser analyser = OpenNlpAnalyser.of(models);
        Reference reference = new Reference(models);
        List<String> messages = messages();
        assertThat(messages).hasSizeGreaterThan(1000);
        int flagged = 0;
        for (String message : messages) {
            Scores fast = analyser.scores(message);
            Scores slow = reference.scores(message);
            assertThat(fast.language()).as(message).isEqualTo(slow.language());
            assertThat(fast.entities()).as(message).isEqualTo(slow.entities());
            assertThat(fast.signal()).as(message).isEqualTo(slow.signal());
            assertThat(fast.facts()).as(message).isEqualTo(slow.facts());
            assertThat(fast.relevance()).as(message).isCloseTo(slow.relevance(), within(TOLERANCE));
            assertThat(fast.intents().keySet()).isEqualTo(slow.intents().keySet());
            slow.intents()
                    .forEach(
                            (intent, p) ->
                                    assertThat(fast.intents().get(intent))
                                            .as(message)
                                            .isCloseTo(p, within(TOLERANCE)));
            assertThat(fast.flags().keySet()).as(message).isEqualTo(slow.flags().keySet());
            slow.flags()
                    .forEach(
                            (id, p) ->
                                    assertThat(fast.flags().get(id))
                                            .as(message + " " + id)
                                            .isCloseTo(p, within(TOLERANCE)));
            Analysis a = analyser.decide(fast);
            Analysis b = analyser.decide(slow);
            assertThat(a.intent()).as(message).isEqualTo(b.intent());
            assertThat(a.flags()).as(message).isEqualTo(b.flags());
            assertThat(analyser.analyse(message).flags()).as(message).isEqualTo(b.flags());
            flagged += b.flags().isEmpty() ? 0 : 1;
        }
        assertThat(flagged).as("messages with a flag").isGreaterThan(100);
    }

    /** The texts (last column) of the held-out corpus and of w1–w3. */
    private static List<String> messages() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> test = Files.list(Path.of("corpus", "test"));
                Stream<Path> sets = Files.walk(Path.of("eval", "independent"))) {
            test.filter(p -> p.toString().endsWith(".tsv")).forEach(files::add);
            sets.filter(p -> p.toString().endsWith(".tsv"))
                    .filter(p -> p.getParent().getFileName().toString().matches("w[123]"))
                    .forEach(files::add);
        }
        List<String> messages = new ArrayList<>();
        for (Path file : files.stream().sorted().toList()) {
            List<String> lines = Files.readAllLines(file);
            lines.subList(1, lines.size())
                    .forEach(l -> messages.add(l.substring(l.lastIndexOf('\t') + 1)));
        }
        return messages;
    }

    /** The analyser's scoring before the banks: OpenNLP's eval per model, per clause. */
    private static final class Reference {

        private final TextNormaliser normaliser = new TextNormaliser();
        private final EntityExtractor entities = new EntityExtractor();
        private final Scorer intent;
        private final Scorer language;
        private final Scorer relevance;
        private final Map<String, Scorer> flags = new LinkedHashMap<>();
        private final double relevantFrom;

        Reference(ModelSet models) {
            intent = new Scorer(models.intent(), models.intentParams());
            language = new Scorer(models.language(), models.languageParams());
            relevance = new Scorer(models.relevance(), models.relevanceParams());
            models.flags().forEach((id, m) -> flags.put(id, new Scorer(m, models.flagParams())));
            relevantFrom = models.relevanceParams().number("Threshold", 0.5);
        }

        Scores scores(String text) {
            String message = OpenNlpAnalyser.cut(text);
            PreparedText prepared = normaliser.prepare(message);
            List<String> plain = normaliser.plainTokens(prepared);
            String lang =
                    plain.isEmpty()
                            ? "id"
                            : language.outcome(
                                    Scorer.best(
                                            language.scores(
                                                    language.context(
                                                            new MessageView(
                                                                    plain.toArray(String[]::new),
                                                                    Map.of())))));
            List<String> tokens = normaliser.tokens(prepared, lang);
            Entities found = entities.extract(prepared);
            if (tokens.isEmpty()) {
                return new Scores(
                        message,
                        lang,
                        Map.of(),
                        id.migrasiaman.nlp.features.DangerSignals.Signal.NONE,
                        0,
                        Map.of(),
                        OfferFlags.Facts.NONE,
                        found);
            }
            MessageView view = MessageView.of(message, tokens, found);
            double[] p = intent.scores(intent.context(view));
            Map<Intent, Double> intents = new EnumMap<>(Intent.class);
            for (int i = 0; i < p.length; i++) {
                intents.put(Intent.fromLabel(intent.outcome(i)), p[i]);
            }
            double relevant = relevance.yes(relevance.context(view));
            if (relevant < relevantFrom) {
                return new Scores(
                        message,
                        lang,
                        intents,
                        view.signal(),
                        relevant,
                        Map.of(),
                        OfferFlags.Facts.NONE,
                        found);
            }
            Map<String, Double> flagScores = new LinkedHashMap<>();
            flags.forEach((id, model) -> flagScores.put(id, model.yes(model.context(view))));
            for (String clause : Clauses.of(message, lang)) {
                PreparedText part = normaliser.prepare(clause);
                List<String> partTokens = normaliser.tokens(part, lang);
                if (!partTokens.isEmpty()) {
                    MessageView v = MessageView.of(clause, partTokens, entities.extract(part));
                    flags.forEach(
                            (id, model) ->
                                    flagScores.merge(id, model.yes(model.context(v)), Math::max));
                }
            }
            return new Scores(
                    message,
                    lang,
                    intents,
                    view.signal(),
                    relevant,
                    flagScores,
                    OfferFlags.Facts.of(view),
                    found);
        }
    }
}
