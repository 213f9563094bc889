package id.migrasiaman.nlp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;

/**
 * Trains the intent and language models from {@code corpus/train/*.tsv} with the settings in {@code
 * params/*.params}; the nlp-models build runs it in {@code process-classes} so the models are
 * packaged in the jar.
 */
public final class Trainer {

    private Trainer() {}

    /**
     * Usage: {@code Trainer CORPUS_TRAIN_FOLDER OUTPUT_FOLDER}.
     *
     * @param args the training corpus folder and the folder to write {@code intent.bin} and {@code
     *     language.bin} to
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Trainer CORPUS_TRAIN_FOLDER OUTPUT_FOLDER");
        }
        List<LabelledMessage> corpus = Corpus.readFolder(Path.of(args[0]));
        if (corpus.isEmpty()) {
            throw new IllegalStateException("no training messages in " + args[0]);
        }
        Path out = Files.createDirectories(Path.of(args[1]));
        long start = System.nanoTime();
        write(
                Models.trainIntent(corpus, ModelParams.load("intent")),
                out.resolve(Models.INTENT_FILE));
        write(
                Models.trainLanguage(corpus, ModelParams.load("language")),
                out.resolve(Models.LANGUAGE_FILE));
        System.out.printf(
                "Trained intent and language models on %d messages in %d ms into %s%n",
                corpus.size(), (System.nanoTime() - start) / 1_000_000, out);
    }

    private static void write(DoccatModel model, Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file)) {
            model.serialize(os);
        }
    }
}
