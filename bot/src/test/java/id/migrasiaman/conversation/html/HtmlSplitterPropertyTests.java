package id.migrasiaman.conversation.html;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.conversation.Html;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Splitting long replies: every part fits, nothing is lost, no tag or entity is cut. */
class HtmlSplitterPropertyTests {

    @Property(tries = 300)
    void partsFitAndKeepAllText(
            @ForAll @StringLength(max = 3000) String raw,
            @ForAll @IntRange(min = 50, max = 400) int limit) {
        String html = "<b>" + Html.escape(raw) + "</b>";
        List<String> parts = HtmlSplitter.split(html, limit);
        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(limit));
        assertThat(String.join("", parts).replaceAll("\\p{javaWhitespace}", ""))
                .isEqualTo(html.replaceAll("\\p{javaWhitespace}", ""));
        for (String part : parts) {
            assertThat(part.lastIndexOf('&')).isLessThanOrEqualTo(part.lastIndexOf(';'));
            assertThat(part.lastIndexOf('<')).isLessThanOrEqualTo(part.lastIndexOf('>'));
        }
    }
}
