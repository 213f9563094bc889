package id.migrasiaman.knowledge.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.knowledge.lint.ContentLintTests;
import id.migrasiaman.knowledge.lint.ContentValidator;
import id.migrasiaman.nlp.Normaliser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topic model kept between starts, and the one the build puts into the jar for the shipped
 * content, is the model training would give.
 */
class TopicModelCacheTests {

    private static final Normaliser NORMALISER = new Normaliser();

    @TempDir Path cache;

    @Test
    void aCachedModelAnswersExactlyAsAFreshlyTrainedOne() throws Exception {
        ContentSet content =
                new ContentValidator(NORMALISER).check(ContentLintTests.CONTENT).content();
        TopicClassifier trained =
                TopicClassifier.train(content.topics(), content.offTopic(), NORMALISER, cache);
        List<Path> files;
        try (Stream<Path> listed = Files.list(cache)) {
            files = listed.toList();
        }
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString()).startsWith("topics-").endsWith(".bin");

        TopicClassifier loaded =
                TopicClassifier.train(content.topics(), content.offTopic(), NORMALISER, cache);
        TopicClassifier uncached =
                TopicClassifier.train(content.topics(), content.offTopic(), NORMALISER);
        for (String question :
                List.of(
                        "berapa biaya paspor",
                        "agen minta uang sirih 5 juta",
                        "how do I check a recruiter",
                        "sonde ada kontrak kerja")) {
            assertThat(loaded.probabilities(question))
                    .isEqualTo(trained.probabilities(question))
                    .isEqualTo(uncached.probabilities(question));
        }
    }

    @Test
    void theBuildBundlesTheShippedContentsModelSoAFirstStartDoesNotTrain() throws Exception {
        ContentSet content =
                new ContentValidator(NORMALISER).check(ContentLintTests.CONTENT).content();
        String name = TopicClassifier.modelName(content.topics(), content.offTopic(), NORMALISER);

        assertThat(TopicClassifier.class.getResource(TopicModelBundle.RESOURCE + name))
                .as("process-classes trains the shipped content's model into the classes")
                .isNotNull();
        TopicClassifier.train(content.topics(), content.offTopic(), NORMALISER, cache);
        assertThat(Files.mismatch(cache.resolve(name), bundled(name))).isEqualTo(-1L);
    }

    private static Path bundled(String name) throws Exception {
        return Path.of(TopicClassifier.class.getResource(TopicModelBundle.RESOURCE + name).toURI());
    }
}
