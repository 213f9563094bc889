package id.migrasiaman.knowledge.live;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.conversation.html.TelegramHtml;
import id.migrasiaman.knowledge.Answer;
import id.migrasiaman.knowledge.Localized;
import id.migrasiaman.knowledge.Source;
import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.knowledge.content.Hotline;
import id.migrasiaman.knowledge.content.Phrasings;
import id.migrasiaman.knowledge.content.Topic;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerBookTests {

    private static final Source SOURCE =
            new Source("t", "KP2MI", "https://kp2mi.go.id", "2025-01-01");

    private static Topic topic(String id, String answer, String more, List<String> related) {
        return new Topic(
                "topics/" + id + ".yml",
                id,
                new Localized("Judul " + id, "Title " + id),
                new Phrasings(List.of(), List.of(), List.of()),
                new Localized(answer, "EN " + answer),
                more.isEmpty() ? Localized.NONE : new Localized(more, "EN " + more),
                List.of(SOURCE),
                "2026-11-28",
                related,
                Localized.NONE,
                "");
    }

    private static final Hotline HOTLINE =
            new Hotline(
                    "kp2mi",
                    new Localized("KP2MI & mitra", "KP2MI"),
                    "0-800-1000",
                    "phone",
                    new Localized("Tanya <jalur> resmi", "Ask"),
                    SOURCE,
                    "M");

    private final AnswerBook book =
            new AnswerBook(
                    new ContentSet(
                            List.of(
                                    topic(
                                            "costs",
                                            "<b>Gratis</b>\nTanya KP2MI.",
                                            "Detail biaya.",
                                            List.of("passport")),
                                    topic(
                                            "passport",
                                            "Paspor di imigrasi.",
                                            "",
                                            List.of("costs", "gone"))),
                            List.of(HOTLINE),
                            List.of()));

    @Test
    void rendersAnAnswerWithMoreRelatedAndSources() {
        Answer answer = book.answer("costs", "id").orElseThrow();

        assertThat(answer.title()).isEqualTo("Judul costs");
        assertThat(answer.parts()).containsExactly("<b>Gratis</b>\nTanya KP2MI.");
        assertThat(answer.hasMore()).isTrue();
        assertThat(answer.moreParts()).containsExactly("Detail biaya.");
        assertThat(answer.related())
                .containsExactly(new Answer.Related("passport", "Judul passport"));
        assertThat(answer.sourcesLine()).isEqualTo("<i>Sumber: KP2MI</i>");
    }

    @Test
    void kupangMalayAndUnknownLanguagesGetIndonesianEnglishGetsEnglish() {
        assertThat(book.answer("costs", "mkn").orElseThrow().parts().get(0))
                .startsWith("<b>Gratis");
        assertThat(book.answer("costs", null).orElseThrow().language()).isEqualTo("id");
        Answer english = book.answer("costs", "en").orElseThrow();
        assertThat(english.title()).isEqualTo("Title costs");
        assertThat(english.parts().get(0)).startsWith("EN <b>Gratis");
        assertThat(english.sourcesLine()).isEqualTo("<i>Sources: KP2MI</i>");
    }

    @Test
    void noMoreButtonWithoutMoreTextAndUnknownRelatedIdsAreSkipped() {
        Answer answer = book.answer("passport", "id").orElseThrow();

        assertThat(answer.hasMore()).isFalse();
        assertThat(answer.related()).extracting(Answer.Related::topicId).containsExactly("costs");
    }

    @Test
    void unknownTopicHasNoAnswer() {
        assertThat(book.answer("nowhere", "id")).isEmpty();
        assertThat(book.answer(null, "id")).isEmpty();
        assertThat(book.topicIds()).containsExactly("costs", "passport");
    }

    @Test
    void renderedAnswersAreCached() {
        Answer first = book.answer("costs", "id").orElseThrow();

        assertThat(book.answer("costs", "mkn").orElseThrow()).isSameAs(first);
        assertThat(book.cachedAnswers()).isEqualTo(1);
    }

    @Test
    void longTextsAreSplitAtLineEndsOutsideTags() {
        String line = "kata ".repeat(150).strip();
        String text = "<b>" + line + "\n" + line + "</b>\n" + (line + "\n").repeat(10).strip();

        List<String> parts = AnswerRenderer.split(text);

        assertThat(parts)
                .hasSizeGreaterThan(1)
                .allSatisfy(
                        part -> {
                            assertThat(part.length()).isLessThanOrEqualTo(Answer.PART_LIMIT);
                            assertThat(TelegramHtml.problems(part)).isEmpty();
                        });
        assertThat(String.join("\n", parts)).isEqualTo(text);
    }

    @Test
    void sourcesLineNamesThreePublishersAndCountsTheRest() {
        List<Source> sources =
                List.of("A&B", "C", "D", "C", "E", "F").stream()
                        .map(p -> new Source("t", p, "https://x.org", "2025-01-01"))
                        .toList();

        assertThat(SourcesLine.render(sources, "id"))
                .isEqualTo("<i>Sumber: A&amp;B, C, D dan 2 lainnya</i>");
        assertThat(SourcesLine.render(sources, "en"))
                .isEqualTo("<i>Sources: A&amp;B, C, D and 2 more</i>");
        assertThat(SourcesLine.render(List.of(), "id")).isEmpty();
    }

    @Test
    void hotlinesForDaruratAreEscapedHtml() {
        String html = book.hotlines("id");

        assertThat(html)
                .isEqualTo(
                        "<b>Nomor bantuan resmi</b>\n\n"
                                + "• <b>KP2MI &amp; mitra</b>: telepon 0-800-1000\nTanya &lt;jalur&gt; resmi");
        assertThat(TelegramHtml.problems(html)).isEmpty();
        assertThat(book.hotlines("en"))
                .startsWith("<b>Official help numbers</b>")
                .contains("call 0-800-1000");
    }

    @Test
    void buttonsCarryTheShortLabelWhileTheAnswerKeepsItsTitle() {
        Topic costs =
                new Topic(
                        "topics/costs.yml",
                        "costs",
                        new Localized(
                                "Biaya penempatan dan 10 jabatan bebas biaya",
                                "Placement costs and the 10 zero-cost jobs"),
                        new Phrasings(List.of(), List.of(), List.of()),
                        new Localized("Gratis.", "Free."),
                        Localized.NONE,
                        List.of(SOURCE),
                        "2026-11-28",
                        List.of(),
                        new Localized("Biaya", "Costs"),
                        "");
        AnswerBook labelled =
                new AnswerBook(
                        new ContentSet(
                                List.of(costs, topic("passport", "Paspor.", "", List.of("costs"))),
                                List.of(HOTLINE),
                                List.of()));

        Answer answer = labelled.answer("costs", "en").orElseThrow();
        assertThat(answer.title()).isEqualTo("Placement costs and the 10 zero-cost jobs");
        assertThat(answer.label()).isEqualTo("Costs");
        assertThat(labelled.answer("passport", "en").orElseThrow().related())
                .containsExactly(new Answer.Related("costs", "Costs"));
        assertThat(labelled.answer("passport", "id").orElseThrow().label())
                .as("without a label the title is the button text")
                .isEqualTo("Judul passport");
    }

    @Test
    void daruratListsIndonesianLinesOnlyNotLocalLinesAbroad() {
        Hotline malaysia =
                new Hotline(
                        "my-emergency",
                        new Localized("Darurat Malaysia", "Malaysia emergency"),
                        "999",
                        "phone",
                        new Localized("Polisi dan ambulans.", "Police and ambulance."),
                        SOURCE,
                        "H",
                        java.util.List.of("MY"));
        AnswerBook withLocalLine =
                new AnswerBook(new ContentSet(List.of(), List.of(HOTLINE, malaysia), List.of()));

        assertThat(withLocalLine.hotlines("id"))
                .contains("0-800-1000")
                .doesNotContainPattern("(?<![A-Z0-9-])999(?![A-Z0-9])");
    }
}
