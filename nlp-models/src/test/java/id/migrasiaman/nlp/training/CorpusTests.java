package id.migrasiaman.nlp.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTests {

    @Test
    void aBatchKeptInItsOwnFileIsReadInTheLanguageBeforeTheFirstDot(@TempDir Path folder)
            throws IOException {
        Files.writeString(folder.resolve("id.tsv"), "label\ttext\ngreeting\tpagi kak\n");
        Files.writeString(
                folder.resolve("id.understand14.tsv"),
                "label\ttext\nout_of_scope\tcara perpanjang SIM yg mati\n");
        Files.writeString(folder.resolve("mkn.tsv"), "label\ttext\ngreeting\tmakasi e\n");

        List<LabelledMessage> all = Corpus.readFolder(folder);

        assertThat(all)
                .extracting(LabelledMessage::language, LabelledMessage::label)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("id", "greeting"),
                        org.assertj.core.groups.Tuple.tuple("id", "out_of_scope"),
                        org.assertj.core.groups.Tuple.tuple("mkn", "greeting"));
    }
}
