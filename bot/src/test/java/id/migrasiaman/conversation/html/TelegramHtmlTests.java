package id.migrasiaman.conversation.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TelegramHtmlTests {

    @Test
    void acceptsEveryTagTelegramAllows() {
        String html =
                "<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>i</ins><s>s</s>"
                        + "<strike>s</strike><del>d</del><a href=\"https://lapor.go.id\">l</a>"
                        + "<code>c</code><pre>p</pre><blockquote>q</blockquote>"
                        + "<tg-spoiler>t</tg-spoiler><span class=\"tg-spoiler\">s</span>"
                        + " &lt; &gt; &amp; &quot; &#8226; &#x2022;";

        assertThat(TelegramHtml.problems(html)).isEmpty();
    }

    @Test
    void rejectsTagsAndAttributesTelegramRefuses() {
        assertThat(TelegramHtml.problems("<br><ul><li>x</li></ul>"))
                .contains(
                        "tag <br> is not allowed in Telegram HTML",
                        "tag <ul> is not allowed in Telegram HTML",
                        "tag <li> is not allowed in Telegram HTML");
        assertThat(TelegramHtml.problems("<a>x</a> <b class=\"x\">y</b> <span>z</span>"))
                .containsExactly(
                        "tag <a> has wrong attributes ''",
                        "tag <b> has wrong attributes 'class=\"x\"'",
                        "tag <span> has wrong attributes ''");
    }

    @Test
    void reportsStrayCharactersAndInvalidEntities() {
        assertThat(TelegramHtml.problems("umur < 18"))
                .singleElement()
                .asString()
                .endsWith("'<' must be written as &lt; or start a tag");
        assertThat(TelegramHtml.problems("a -> b"))
                .singleElement()
                .asString()
                .endsWith("'>' must be written as &gt;");
        assertThat(TelegramHtml.problems("&nbsp; &#99999999;")).hasSize(2);
    }

    @Test
    void plainTextIsWhatTheUserSees() {
        assertThat(TelegramHtml.plainText("<b>Gaji &amp; potongan</b> &lt;3 &#8226;"))
                .isEqualTo("Gaji & potongan <3 •");
    }
}
