package id.migrasiaman.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The texts of replies.properties exist in both languages and format without errors. */
class RepliesBundleTests {

    @Test
    void everyKeyHasBothLanguages() throws IOException {
        assertThat(load("/replies_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        load("/replies.properties").stringPropertyNames());
    }

    @Test
    void messagesWithArgumentsFormat() throws IOException {
        for (String file : new String[] {"/replies.properties", "/replies_en.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.contains("{0}")) {
                    String shown =
                            new MessageFormat(text)
                                    .format(new Object[] {"X", "Y", "Z", "W", 1, "V"});
                    assertThat(shown)
                            .as(file + " " + key)
                            .doesNotContain("{0}")
                            .doesNotContain("''");
                } else {
                    assertThat(text)
                            .as(file + " " + key + " is shown as written")
                            .doesNotContain("''");
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RepliesBundleTests.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
