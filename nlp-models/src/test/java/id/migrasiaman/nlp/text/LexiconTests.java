package id.migrasiaman.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.Normaliser;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconTests {

    private final Normaliser normaliser = new Normaliser();

    /** A replacement is never looked up again, so it must already be standard (idempotence). */
    @Test
    void everyReplacementIsAlreadyNormal() {
        for (Map.Entry<String, String[]> e : Lexicon.merged().entrySet()) {
            String replacement = String.join(" ", e.getValue());
            assertThat(normaliser.normalise(replacement))
                    .as("replacement of %s", e.getKey())
                    .isEqualTo(replacement);
        }
    }

    @Test
    void everyEnglishReplacementIsAlreadyNormalEnglish() {
        for (Map.Entry<String, String[]> e : Lexicon.english().entrySet()) {
            String replacement = String.join(" ", e.getValue());
            assertThat(String.join(" ", normaliser.tokens(replacement, "en")))
                    .as("replacement of %s", e.getKey())
                    .isEqualTo(replacement);
        }
    }

    @Test
    void keysAreLowerCaseSingleWords() {
        for (String key : Lexicon.merged().keySet()) {
            assertThat(key).matches("[a-z0-9]+");
        }
    }

    @Test
    void koIsNotReadAsKokAndDoiIsMoney() {
        assertThat(Lexicon.merged()).doesNotContainKey("ko");
        assertThat(Lexicon.merged().get("doi")).containsExactly("uang");
    }
}
