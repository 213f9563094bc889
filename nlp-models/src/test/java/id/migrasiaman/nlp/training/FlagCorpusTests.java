package id.migrasiaman.nlp.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flag corpus: its format, and that its flags are the ids of content/red-flags.yml. */
class FlagCorpusTests {

    private static final Path FLAGS = Path.of("corpus", "flags");
    private static final Path RED_FLAGS = Path.of("..", "content", "red-flags.yml");

    @Test
    void everyRedFlagHasExamplesAndEveryExampleFlagIsARedFlag() throws IOException {
        List<FlaggedMessage> corpus = FlagCorpus.readFolder(FLAGS);
        Map<String, Long> examples =
                corpus.stream()
                        .flatMap(m -> m.flags().stream())
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<String> ids = redFlagIds();
        assertThat(examples.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        examples.forEach((id, n) -> assertThat(n).as(id).isGreaterThanOrEqualTo(15));
        assertThat(corpus.stream().filter(m -> m.flags().isEmpty()).count())
                .as("clean offers")
                .isGreaterThanOrEqualTo(100);
    }

    @Test
    void readsFlagsAndNone(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("en.tsv");
        Files.writeString(
                file, "flags\ttext\nupfront-fees, visit-visa\tpay first\nnone\tlegal job\n");
        List<FlaggedMessage> messages = FlagCorpus.read(file);
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).flags()).containsExactlyInAnyOrder("upfront-fees", "visit-visa");
        assertThat(messages.get(0).language()).isEqualTo("en");
        assertThat(messages.get(1).flags()).isEmpty();
    }

    @Test
    void aSpentSetsLinesAreNeitherYesNorNoForTheFlagsItsWriterDidNotKnow(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("id.spent.tsv");
        Files.writeString(
                file,
                "flags\ttext\n# w1\n#! unlabelled: moratorium-domestic-work, hidden-from-family\n"
                        + "upfront-fees\tbayar 5 juta dulu, kerja PRT di Riyadh\n"
                        + "# final13\n#! unlabelled:\nnone\tkontrak ditandatangani di Disnaker\n");
        List<FlaggedMessage> messages = FlagCorpus.read(file);
        assertThat(messages).extracting(FlaggedMessage::language).containsOnly("id");
        assertThat(messages.get(0).labelledFor("upfront-fees")).isTrue();
        assertThat(messages.get(0).labelledFor("moratorium-domestic-work")).isFalse();
        assertThat(messages.get(0).labelledFor("hidden-from-family")).isFalse();
        assertThat(messages.get(1).unlabelled()).isEmpty();
    }

    @Test
    void theSpentSetsUnlabelledFlagsAreRedFlags() throws IOException {
        List<String> ids = redFlagIds();
        FlagCorpus.readFolder(FLAGS).forEach(m -> assertThat(ids).containsAll(m.unlabelled()));
    }

    @Test
    void aMalformedLineStopsWithItsLineNumber(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("id.tsv");
        Files.writeString(file, "flags\ttext\nUpfront Fees\tbayar dulu\n");
        assertThatThrownBy(() -> FlagCorpus.read(file)).hasMessageContaining("id.tsv:2");
    }

    private static List<String> redFlagIds() throws IOException {
        Matcher m =
                Pattern.compile("(?m)^  - id: ([a-z0-9-]+)").matcher(Files.readString(RED_FLAGS));
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
