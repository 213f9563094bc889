package id.migrasiaman.nlp.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ContentQuestionsTests {

    private static final List<String> TOPIC =
            List.of(
                    "id: registration",
                    "title:",
                    "  id: Mendaftar sebagai calon PMI",
                    "  en: Registering",
                    "questions:",
                    "  id:",
                    "    - kantor disnaker kab kupang buat daftar pmi",
                    "    - \"Apa itu LTSA?\"",
                    "  mkn:",
                    "    - Beta mau daftar jadi PMI, musti pi mana?",
                    "  en:",
                    "    - Where do I register?",
                    "answer:",
                    "  id: |",
                    "    - not a question: the answer's own list",
                    "sources:",
                    "  - https://example.org");

    @Test
    void readsOnlyTheQuestionsBlockWithTheirLanguage() {
        List<LabelledMessage> questions = ContentQuestions.questions(TOPIC, "procedure_question");

        assertThat(questions)
                .containsExactly(
                        new LabelledMessage(
                                "id",
                                "procedure_question",
                                "kantor disnaker kab kupang buat daftar pmi"),
                        new LabelledMessage("id", "procedure_question", "Apa itu LTSA?"),
                        new LabelledMessage(
                                "mkn",
                                "procedure_question",
                                "Beta mau daftar jadi PMI, musti pi mana?"),
                        new LabelledMessage("en", "procedure_question", "Where do I register?"));
    }

    @Test
    void theProjectContentGivesTopicPhrasingsAndOffTopicQuestions() {
        List<LabelledMessage> all = ContentQuestions.read(Path.of("../content"));

        assertThat(all.stream().filter(m -> m.label().equals("procedure_question")).count())
                .isGreaterThan(1000);
        assertThat(all.stream().filter(m -> m.label().equals("out_of_scope")).count())
                .isGreaterThan(200);
        assertThat(all).extracting(LabelledMessage::language).containsOnly("id", "mkn", "en");
    }

    @Test
    void aMissingContentFolderGivesNothing() {
        assertThat(ContentQuestions.read(Path.of("no-such-content"))).isEmpty();
    }

    @Property(tries = 1000)
    void everyQuestionIsANonEmptyItemOfTheQuestionsBlock(@ForAll("yamlish") List<String> lines) {
        List<LabelledMessage> questions = ContentQuestions.questions(lines, "out_of_scope");

        List<String> items = new ArrayList<>();
        boolean inBlock = false;
        for (String line : lines) {
            if (!line.startsWith(" ") && !line.isBlank()) {
                inBlock = line.strip().equals("questions:");
            } else if (inBlock && line.strip().startsWith("- ")) {
                items.add(line.strip());
            }
        }
        assertThat(questions.size()).isLessThanOrEqualTo(items.size());
        assertThat(questions)
                .allSatisfy(
                        q -> {
                            assertThat(q.text()).isNotBlank();
                            assertThat(q.language()).isIn("id", "mkn", "en");
                            assertThat(q.label()).isEqualTo("out_of_scope");
                            assertThat(items).anySatisfy(i -> assertThat(i).contains(q.text()));
                        });
    }

    @Provide
    Arbitrary<List<String>> yamlish() {
        Arbitrary<String> free = Arbitraries.strings().ofMaxLength(20);
        Arbitrary<String> line =
                Arbitraries.oneOf(
                        Arbitraries.of(
                                "questions:", "answer:", "  id:", "  mkn:", "  en:", "  xx:", ""),
                        free.map(s -> "    - " + s),
                        free.map(s -> "  - \"" + s + "\""),
                        free);
        return line.list().ofMaxSize(30);
    }
}
