package id.migrasiaman.knowledge.lint;

import static id.migrasiaman.knowledge.ContentFixtures.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.migrasiaman.knowledge.ContentFixtures;
import id.migrasiaman.knowledge.InvalidContentException;
import id.migrasiaman.knowledge.content.Problem;
import id.migrasiaman.knowledge.content.YamlFiles;
import id.migrasiaman.nlp.Normaliser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentValidatorTests {

    private static final String COSTS = "topics/costs.yml";

    @TempDir Path dir;

    @BeforeEach
    void writeValidContent() {
        ContentFixtures.validContent(dir);
    }

    private List<String> problems() {
        return new ContentValidator(new Normaliser())
                .validate(dir).stream().map(Problem::toString).toList();
    }

    @Test
    void validContentHasNoProblems() {
        assertThat(problems()).isEmpty();
    }

    @Test
    void aMissingFolderIsOneProblemThatSaysWhatToDo() {
        List<Problem> problems =
                new ContentValidator(new Normaliser()).validate(dir.resolve("no-such-folder"));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString())
                .contains("no-such-folder: is not a folder", "MIGRASI_CONTENT_DIR");
    }

    @Test
    void missingRequiredTopic() throws IOException {
        Files.delete(dir.resolve("topics/remittance.yml"));

        assertThat(problems()).contains("topics/remittance.yml: required topic is missing");
    }

    @Test
    void missingLanguages() {
        edit(
                dir,
                COSTS,
                y -> y.replace("  mkn:", "  xx:").replaceAll("(?m)^    <b>Answer.*\\n.*\\n", ""));

        assertThat(problems())
                .contains(
                        "topics/costs.yml: questions.mkn is missing",
                        "topics/costs.yml: answer.en is missing");
    }

    @Test
    void tooFewPhrasings() {
        edit(
                dir,
                COSTS,
                y -> y.replaceFirst("    - \"pertanyaan tentang costs versi juliet\"\n", ""));

        assertThat(problems())
                .contains("topics/costs.yml: questions.id has 9 phrasings, at least 10 required");
    }

    @Test
    void answerLongerThanTheLimit() {
        String longLine = "kata ".repeat(320).strip();
        edit(dir, COSTS, y -> y.replace("<b>Jawaban costs</b>", longLine));

        assertThat(problems())
                .contains("topics/costs.yml: answer.id is 1630 characters, limit 1500");
    }

    @Test
    void firstAnswerLongerThanOnePhoneScreen() {
        edit(dir, COSTS, y -> y.replace("<b>Jawaban costs</b>", "kata ".repeat(100).strip()));
        edit(dir, COSTS, y -> y.replace("<b>Answer costs</b>", "<b>baris</b>\n    ".repeat(15)));

        assertThat(problems())
                .containsExactly(
                        "topics/costs.yml: answer.id is 530 characters and 2 lines, more than one"
                                + " phone screen (500 characters, 15 lines): move the rest to"
                                + " more.id",
                        "topics/costs.yml: answer.en is 121 characters and 17 lines, more than"
                                + " one phone screen (500 characters, 15 lines): move the rest to"
                                + " more.en");
    }

    @Test
    void buttonLabelsFitAPhone() {
        edit(dir, COSTS, y -> y.replace("label: {id: \"costs\", en: \"costs\"}\n", ""));
        edit(dir, COSTS, y -> y.replace("Judul costs", "Biaya penempatan dan potongan gaji"));
        edit(
                dir,
                "topics/passport.yml",
                y ->
                        y.replace(
                                "en: \"passport\"}",
                                "en: \"A passport for <b>work</b>, kept by you\"}"));

        assertThat(problems())
                .containsExactly(
                        "topics/costs.yml: title.id is 34 characters, too long for a button"
                                + " (limit 30): add or shorten label.id",
                        "topics/passport.yml: label.en must be plain text, without tags",
                        "topics/passport.yml: label.en is 39 characters, too long for a button"
                                + " (limit 30): add or shorten label.en");
    }

    @Test
    void tagsTelegramRejects() {
        edit(dir, COSTS, y -> y.replace("<b>Jawaban costs</b>", "<p>Jawaban</p> <b>tebal"));

        assertThat(problems())
                .contains(
                        "topics/costs.yml: answer.id: tag <p> is not allowed in Telegram HTML",
                        "topics/costs.yml: answer.id: <b> is never closed");
    }

    @Test
    void crossedTagsAndBadEntities() {
        edit(dir, COSTS, y -> y.replace("<b>Answer costs</b>", "<b><i>A</b></i> &nbsp; R&D"));

        List<String> problems = problems();

        assertThat(problems)
                .contains("topics/costs.yml: answer.en: closing </b> does not match the open <i>");
        assertThat(problems)
                .filteredOn(p -> p.endsWith("'&' must be written as &amp; or start an entity"))
                .hasSize(2)
                .allMatch(p -> p.startsWith("topics/costs.yml: answer.en: near \""));
    }

    @Test
    void relatedTopicThatDoesNotExist() {
        edit(
                dir,
                COSTS,
                y -> y.replaceFirst("related: \\[.*]", "related: [medical-check, nowhere]"));

        assertThat(problems())
                .containsExactly("topics/costs.yml: related 'nowhere' is not a topic");
    }

    @Test
    void phoneNumberThatIsNotAHotline() {
        edit(
                dir,
                COSTS,
                y -> y.replace("KP2MI 0-800-1000\n  en:", "0812-3456-7890 atau 08001000\n  en:"));

        assertThat(problems())
                .containsExactly(
                        "topics/costs.yml: answer.id mentions phone number 0812-3456-7890, which is"
                                + " not in hotlines.yml");
    }

    @Test
    void urlThatIsNotASource() {
        edit(
                dir,
                COSTS,
                y ->
                        y.replace(
                                "<b>Answer costs</b>",
                                "<a href=\"https://example.org/costs\">ok</a> see https://scam.example.com/x"));

        assertThat(problems())
                .containsExactly(
                        "topics/costs.yml: answer.en mentions https://scam.example.com/x, which is"
                                + " not one of its sources");
    }

    @Test
    void phrasingSharedByTwoTopics() {
        edit(
                dir,
                COSTS,
                y -> y.replace("question about costs alpha", "Question about PASSPORT alpha?"));

        assertThat(problems())
                .containsExactly(
                        "topics/passport.yml: questions.en phrasing \"question about passport alpha\""
                                + " also appears in topics/costs.yml");
    }

    @Test
    void offTopicExampleThatIsAlsoATopicPhrasing() throws IOException {
        Files.writeString(
                dir.resolve("off-topic.yml"),
                """
                questions:
                  id: [harga pupuk di Oesao]
                  mkn: [Question about costs ALPHA]
                  en: [who won the match]
                """);

        assertThat(problems())
                .containsExactly(
                        "off-topic.yml: questions.mkn \"Question about costs ALPHA\" is also a"
                                + " phrasing of topics/costs.yml");
    }

    @Test
    void offTopicFileIsOptionalButChecked() throws IOException {
        Files.writeString(dir.resolve("off-topic.yml"), "questions:\n  id: [a]\nextra: 1\n");

        assertThat(problems())
                .contains(
                        "off-topic.yml: extra is not a known field (expected one of [questions])",
                        "off-topic.yml: questions.mkn is missing",
                        "off-topic.yml: questions.en is missing");
    }

    @Test
    void sourceWithoutPublisherOrDate() {
        edit(
                dir,
                COSTS,
                y ->
                        y.replace("    publisher: \"Penerbit\"\n", "")
                                .replace("date: 2025-01-01", "date: soon"));

        assertThat(problems())
                .containsExactly(
                        "topics/costs.yml: sources[1].publisher is missing",
                        "topics/costs.yml: sources[1].date 'soon' is not a date (yyyy-MM-dd)");
    }

    @Test
    void yamlSyntaxError() {
        edit(dir, COSTS, y -> y.replace("title:\n", "title: [\n"));

        assertThat(problems()).anyMatch(p -> p.startsWith("topics/costs.yml: YAML error at line"));
    }

    @Test
    void unknownFieldAndWrongFileName() {
        edit(dir, COSTS, y -> y.replace("id: costs\n", "id: cost\nanswers: x\n"));

        assertThat(problems())
                .contains(
                        "topics/costs.yml: answers is not a known field (expected one of "
                                + "[id, title, label, questions, answer, more, sources,"
                                + " last_reviewed, related, counts_as])",
                        "topics/costs.yml: id 'cost' needs the file name topics/cost.yml",
                        "topics/costs.yml: required topic is missing");
    }

    @Test
    void missingRedFlagAndBadPattern() {
        edit(
                dir,
                YamlFiles.RED_FLAGS,
                y ->
                        y.replace("id: fast-departure", "id: fast")
                                .replace("\"no contract\"", "\"(no contract\""));

        assertThat(problems())
                .contains("red-flags.yml: required flag 'fast-departure' is missing")
                .anyMatch(
                        p ->
                                p.startsWith(
                                        "red-flags.yml: flags[6].patterns '(no contract' is"
                                                + " not a valid regular expression"));
    }

    @Test
    void aFlagRecognisedByPatternsOnlyNeedsPatternsAndAKnownValue() {
        edit(
                dir,
                YamlFiles.RED_FLAGS,
                y ->
                        y.replace(
                                        "    patterns:\n      - \"visit visa\"\n",
                                        "    recognised_by: patterns\n")
                                .replace(
                                        "    patterns:\n      - \"fast departure\"\n",
                                        "    recognised_by: model\n"
                                                + "    patterns:\n      - \"fast departure\"\n")
                                .replace(
                                        "    patterns:\n      - \"no contract\"\n",
                                        "    recognized_by: patterns\n"
                                                + "    patterns:\n      - \"no contract\"\n"));

        assertThat(problems())
                .contains(
                        "red-flags.yml: flag 'visit-visa' is recognised_by patterns but has no"
                                + " pattern: nothing could raise it")
                .anyMatch(
                        p ->
                                p.contains(
                                        "recognised_by 'model' must be patterns or"
                                                + " model-and-patterns"))
                .anyMatch(p -> p.contains("recognized_by is not a known field"));
    }

    @Test
    void hotlineWithoutNumber() {
        edit(dir, YamlFiles.HOTLINES, y -> y.replace("    number: \"110\"\n", ""));

        assertThat(problems()).containsExactly("hotlines.yml: hotlines[2].number is missing");
    }

    @Test
    void hotlineCountryIsATwoLetterCode() {
        edit(
                dir,
                YamlFiles.HOTLINES,
                y ->
                        y.replace(
                                "    kind: phone\n",
                                "    kind: phone\n    countries: [Malaysia]\n"));

        assertThat(problems())
                .containsExactly(
                        "hotlines.yml: hotlines[1].countries 'Malaysia' must be a two-letter country"
                                + " code or abroad",
                        "hotlines.yml: hotlines[2].countries 'Malaysia' must be a two-letter country"
                                + " code or abroad");
    }

    @Test
    void loadValidListsEveryProblem() {
        edit(dir, COSTS, y -> y.replaceFirst("related: \\[.*]", "related: [nowhere]"));

        assertThatThrownBy(() -> new ContentValidator(new Normaliser()).loadValid(dir))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("topics/costs.yml: related 'nowhere' is not a topic");
    }
}
