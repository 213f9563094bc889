package id.migrasiaman.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** Intake parsing of arbitrary text: never throws, recognises commands, escapes safely. */
class TextParserPropertyTests {

    @Property
    void anyTextParsesWithoutThrowing(@ForAll String text) {
        Content content = TextParser.parse(text);
        assertThat(content).isInstanceOfAny(Content.Text.class, Content.Command.class);
    }

    @Property
    void commandsAreRecognisedWithOrWithoutBotName(
            @ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 32) String name,
            @ForAll @AlphaChars @StringLength(max = 20) String argument) {
        Content plain = TextParser.parse("/" + name + " " + argument);
        Content addressed = TextParser.parse("/" + name + "@MigrasiAmanBot " + argument);
        assertThat(plain)
                .isEqualTo(
                        new Content.Command(
                                name.toLowerCase(java.util.Locale.ROOT), argument.strip()));
        assertThat(addressed).isEqualTo(plain);
    }

    @Property
    void escapedTextHasNoRawMarkup(@ForAll String text) {
        String escaped = Html.escape(text);
        assertThat(escaped).doesNotContain("<").doesNotContain(">").doesNotContain("\"");
        assertThat(escaped.replaceAll("&(lt|gt|amp|quot);", "")).doesNotContain("&");
        assertThat(Html.toPlainText(escaped)).isEqualTo(text);
    }
}
