package id.migrasiaman.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.system.Pseudonyms;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Edits and replies to the bot's messages, mapped for the conversation core. */
class UpdateMapperTests {

    private final ObjectMapper json =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final UpdateMapper mapper =
            new UpdateMapper(
                    new Pseudonyms("test-secret-0123456789".getBytes(StandardCharsets.UTF_8)));

    @Test
    void anEditedTextInAPrivateChatIsMarkedAndNeverACommand() throws Exception {
        Optional<Inbound> in = map(UpdateFixtures.editedText(42, "/lapor calo di Oesao"));
        assertThat(in).isPresent();
        assertThat(in.get().message().edited()).isTrue();
        // Only the safety check reads an edit: it never runs a command or answers a flow.
        assertThat(in.get().message().content())
                .isEqualTo(new Content.Edited("/lapor calo di Oesao"));
    }

    @Test
    void anEditInAGroupIsIgnored() throws Exception {
        assertThat(map(UpdateFixtures.read("04-edited-message-text.json").toString())).isEmpty();
    }

    @Test
    void aReplyToTheBotCarriesTheBotsText() throws Exception {
        Optional<Inbound> in =
                map(
                        UpdateFixtures.replyToBot(
                                42, "📩 Satgas — LPR-7K3Q-M2XA\nKapan?", "\"text\":\"Senin\""));
        assertThat(in).isPresent();
        assertThat(in.get().message().inReplyTo()).startsWith("📩 Satgas — LPR-7K3Q-M2XA");
        assertThat(in.get().message().edited()).isFalse();
    }

    @Test
    void aReplyToAPersonCarriesNothing() throws Exception {
        String toPerson =
                UpdateFixtures.replyToBot(42, "Satgas — LPR-7K3Q-M2XA", "\"text\":\"x\"")
                        .replace("\"is_bot\":true", "\"is_bot\":false");
        assertThat(map(toPerson).orElseThrow().message().inReplyTo()).isNull();
    }

    @Test
    void aPhotoKeepsItsCaption() throws Exception {
        Optional<Inbound> in =
                map(UpdateFixtures.inPrivateChat("05-message-photo-caption.json", 42));
        assertThat(in.orElseThrow().message().content())
                .isInstanceOfSatisfying(
                        Content.Media.class,
                        m -> assertThat(m.caption()).isEqualTo("www.example.com"));
    }

    @Test
    void aFileCarriesTelegramsUniqueIdSoTheSameFileIsStoredOnce() throws Exception {
        Optional<Inbound> photo =
                map(UpdateFixtures.inPrivateChat("05-message-photo-caption.json", 42));
        Optional<Inbound> document =
                map(UpdateFixtures.inPrivateChat("06-message-document.json", 42));

        assertThat(photo.orElseThrow().message().content())
                .isInstanceOfSatisfying(
                        Content.Media.class,
                        m -> assertThat(m.uniqueId()).isEqualTo("AQADabwxGxJmgVF-"));
        assertThat(document.orElseThrow().message().content())
                .isInstanceOfSatisfying(
                        Content.Media.class,
                        m -> assertThat(m.uniqueId()).isEqualTo("AgADiQEAAjTe-VQ"));
    }

    private Optional<Inbound> map(String updateJson) throws Exception {
        return mapper.map(json.readValue(updateJson, Update.class));
    }
}
