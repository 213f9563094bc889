package id.migrasiaman.nlp.training;

import id.migrasiaman.nlp.model.ModelSet;
import id.migrasiaman.nlp.model.Models;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Trains every model from {@code corpus/train/*.tsv} and {@code corpus/flags/*.tsv} with the
 * settings in {@code params/*.params}; the nlp-models build runs it in {@code process-classes} so
 * the models are packaged in the jar.
 */
public final class Trainer {

    private Trainer() {}

    /**
     * Usage: {@code Trainer CORPUS_TRAIN_FOLDER OUTPUT_FOLDER [CORPUS_FLAGS_FOLDER
     * [CONTENT_FOLDER]]}; the flag corpus defaults to {@code flags} beside the training folder; the
     * content's questions (for the relevance model, {@link ContentQuestions}) are read when a
     * content folder is given.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 4) {
            throw new IllegalArgumentException(
                    "usage: Trainer CORPUS_TRAIN_FOLDER OUTPUT_FOLDER [CORPUS_FLAGS_FOLDER"
                            + " [CONTENT_FOLDER]]");
        }
        Path train = Path.of(args[0]);
        List<LabelledMessage> corpus = Corpus.readFolder(train);
        if (corpus.isEmpty()) {
            throw new IllegalStateException("no training messages in " + args[0]);
        }
        Path flagFolder =
                args.length >= 3
                        ? Path.of(args[2])
                        : train.toAbsolutePath().resolveSibling("flags");
        List<FlaggedMessage> offers = FlagCorpus.readFolder(flagFolder);
        Path out = Files.createDirectories(Path.of(args[1]));
        long start = System.nanoTime();
        List<LabelledMessage> content =
                args.length == 4 ? ContentQuestions.read(Path.of(args[3])) : List.of();
        ModelSet.Params params = ModelSet.Params.load();
        if (args.length == 4
                && content.isEmpty()
                && !params.relevance()
                        .training()
                        .getStringParameter("ContentQuestions", "false")
                        .equals("false")) {
            // A build without the content would silently train another relevance model.
            throw new IllegalStateException("no content questions in " + args[3]);
        }
        ModelSet models = Training.all(corpus, content, offers, params);
        Models.write(models.intent(), out.resolve(Models.INTENT_FILE));
        Models.write(models.language(), out.resolve(Models.LANGUAGE_FILE));
        Models.write(models.relevance(), out.resolve(Models.RELEVANCE_FILE));
        models.flags()
                .forEach((id, model) -> Models.write(model, out.resolve(Models.flagFile(id))));
        Files.writeString(
                out.resolve(Models.FLAGS_FILE),
                String.join("\n", models.flags().keySet()) + "\n",
                StandardCharsets.UTF_8);
        System.out.printf(
                "Trained intent, language, relevance and %d flag models on %d messages (and %d"
                        + " content questions) and %d offers in %d ms into %s%n",
                models.flags().size(),
                corpus.size(),
                content.size(),
                offers.size(),
                (System.nanoTime() - start) / 1_000_000,
                out);
    }
}
