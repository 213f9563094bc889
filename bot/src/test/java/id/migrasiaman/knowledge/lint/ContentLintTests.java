package id.migrasiaman.knowledge.lint;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.knowledge.content.Problem;
import id.migrasiaman.nlp.Normaliser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fails the build when the repository's content would break or mislead the bot. */
public class ContentLintTests {

    public static final Path CONTENT = Path.of("../content");

    @Test
    void repositoryContentPassesTheLint() {
        assertThat(Files.isDirectory(CONTENT)).as("content directory %s", CONTENT).isTrue();

        List<String> problems =
                new ContentValidator(new Normaliser())
                        .validate(CONTENT).stream().map(Problem::toString).toList();

        assertThat(problems).as("content lint problems").isEmpty();
    }
}
