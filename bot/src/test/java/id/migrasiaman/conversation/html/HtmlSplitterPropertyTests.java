package id.migrasiaman.conversation.html;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.conversation.Html;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Splitting long replies against Telegram's rules: every part fits, is valid Telegram HTML on its
 * own (only allowed tags, balanced, whole entities), never splits a surrogate pair, and together
 * the parts carry all the text.
 */
class HtmlSplitterPropertyTests {

    private static final List<String> OPEN =
            List.of(
                    "<b>",
                    "<i>",
                    "<u>",
                    "<s>",
                    "<code>",
                    "<tg-spoiler>",
                    "<a href=\"https://bp2mi.go.id/?a=1&amp;b=2\">",
                    "<blockquote expandable>",
                    "<span class=\"tg-spoiler\">");

    @Property(tries = 300)
    void partsAreValidAndKeepAllText(
            @ForAll("replies") String html, @ForAll @IntRange(min = 200, max = 600) int limit) {
        check(html, limit);
    }

    @Property(tries = 200)
    void escapedUserTextInATag(
            @ForAll @StringLength(max = 3000) String raw,
            @ForAll @IntRange(min = 50, max = 400) int limit) {
        check("<b>" + Html.escape(wellFormed(raw)) + "</b>", limit);
    }

    @Property(tries = 30)
    void longRepliesAtTelegramsLimit(@ForAll("longReplies") String html) {
        check(html, HtmlSplitter.TELEGRAM_LIMIT);
    }

    @Example
    void aShortReplyStaysWhole() {
        assertThat(HtmlSplitter.split("<b>Halo</b>", HtmlSplitter.TELEGRAM_LIMIT))
                .containsExactly("<b>Halo</b>");
    }

    @Example
    void aCutInsideATagClosesItAndOpensItAgain() {
        String html = "<b>" + "kata ".repeat(30) + "</b>";
        List<String> parts = HtmlSplitter.split(html, 60);
        assertThat(parts).hasSizeGreaterThan(2);
        assertThat(parts).allSatisfy(p -> assertThat(p).startsWith("<b>").endsWith("</b>"));
    }

    private static void check(String html, int limit) {
        assertThat(TelegramHtml.problems(html)).as("generated input is valid").isEmpty();
        List<String> parts = HtmlSplitter.split(html, limit);
        StringBuilder plain = new StringBuilder();
        for (String part : parts) {
            assertThat(part.length()).isLessThanOrEqualTo(limit);
            assertThat(TelegramHtml.problems(part)).as(part).isEmpty();
            assertThat(new String(part.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                    .as("no lone surrogate")
                    .isEqualTo(part);
            plain.append(TelegramHtml.plainText(part));
        }
        assertThat(withoutSpace(plain.toString()))
                .isEqualTo(withoutSpace(TelegramHtml.plainText(html)));
    }

    private static String withoutSpace(String text) {
        return text.replaceAll("\\p{javaWhitespace}", "");
    }

    /** Random strings may hold lone surrogates, which no real message does. */
    private static String wellFormed(String raw) {
        return raw.replaceAll("[\\x{D800}-\\x{DFFF}]", "?");
    }

    @Provide
    Arbitrary<String> replies() {
        return node(3).list().ofMaxSize(12).map(nodes -> String.join("", nodes));
    }

    @Provide
    Arbitrary<String> longReplies() {
        return node(2).list().ofMinSize(40).ofMaxSize(80).map(nodes -> String.join("", nodes));
    }

    private Arbitrary<String> node(int depth) {
        Arbitrary<String> text = text();
        if (depth == 0) {
            return text;
        }
        Arbitrary<String> tagged =
                Arbitraries.of(OPEN)
                        .flatMap(
                                open ->
                                        node(depth - 1)
                                                .list()
                                                .ofMaxSize(4)
                                                .map(
                                                        inner ->
                                                                open
                                                                        + String.join("", inner)
                                                                        + close(open)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, text), net.jqwik.api.Tuple.of(1, tagged));
    }

    private static String close(String open) {
        return "</" + open.substring(1).split("[ >]")[0] + ">";
    }

    /** Words, blanks and line breaks, entities, emoji (surrogate pairs) and Indonesian text. */
    private static Arbitrary<String> text() {
        Arbitrary<String> piece =
                Arbitraries.oneOf(
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                        Arbitraries.of(" ", " ", "\n", "\n\n", "  "),
                        Arbitraries.of("&lt;", "&gt;", "&amp;", "&quot;", "&#8226;", "&#x1F4DE;"),
                        Arbitraries.of("📞", "🆘", "👍🏽", "🇮🇩", "⚠️", "é"),
                        Arbitraries.strings().ofMaxLength(20).map(Html::escape));
        return piece.list().ofMinSize(1).ofMaxSize(40).map(p -> String.join("", p));
    }
}
