package id.migrasiaman.stories;

import static id.migrasiaman.telegram.BotReplies.last;
import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Telling a story through Telegram, moderating it, and reading it as someone about to leave. */
class StoriesIntegrationTests extends TelegramChatTest {

    @Autowired MongoDatabase database;

    @Autowired StoryStore stories;

    @Test
    void aStoryIsToldRedactedModeratedAndRead() {
        BotConversation teller = new BotConversation(BOT_API, 740_001);

        assertThat(BotConversation.buttonData(last(teller.press("m:story"))))
                .contains("s:start", "s:read:0");
        assertThat(BotConversation.buttonData(last(teller.press("s:start"))))
                .contains("s:c:MY", "s:c:HK");
        assertThat(BotConversation.buttonData(last(teller.press("s:c:MY"))))
                .contains("s:r:NONPROCEDURAL");
        assertThat(text(last(teller.press("s:r:NONPROCEDURAL")))).contains("Ceritakan");
        // Harm told in a story is a weak signal: the story keeps it, then the hotlines and the
        // one-tap question, once; typing on and "Selesai" go on with the story.
        List<JsonNode> told =
                teller.say(
                        "Saya ikut Om Beni lewat Nunukan ke Malaysia, paspor"
                                + " ditahan. Nomor dia 0812-3456-7890.");
        assertThat(text(told.get(told.size() - 2))).contains("Tercatat");
        assertThat(text(last(told))).contains("Apakah ada orang dalam bahaya sekarang?");
        teller.say("Gaji 6 bulan tidak dibayar.");
        assertThat(BotConversation.buttonData(last(teller.press("s:done")))).contains("s:skip");
        assertThat(
                        BotConversation.buttonData(
                                last(teller.say("Jangan lewat calo, urus di Disnaker."))))
                .contains("s:pub:yes", "s:pub:no");
        assertThat(text(last(teller.press("s:pub:yes")))).contains("tersimpan");

        Document stored =
                database.getCollection("stories")
                        .find(
                                Filters.and(
                                        Filters.eq("country", "MY"),
                                        Filters.regex("original", "Om Beni lewat Nunukan")))
                        .first();
        assertThat(stored.getString("status")).isEqualTo("PENDING");
        assertThat(stored.getString("route")).isEqualTo("NONPROCEDURAL");
        assertThat(stored.getString("text"))
                .contains("Nunukan", "Malaysia", "Gaji 6 bulan", Redactor.NAME, Redactor.PHONE)
                .doesNotContain("Beni", "3456");
        assertThat(stored.getString("original")).contains("Beni");
        String id = stored.getObjectId("_id").toHexString();

        BotConversation reader = new BotConversation(BOT_API, 740_002);
        long before = stories.publishedCount();
        assertThat(
                        stories.moderate(
                                id,
                                true,
                                stored.getString("text") + " Sekarang saya kerja di Kupang.",
                                stored.getString("advice"),
                                "moderator"))
                .isTrue();
        assertThat(stories.publishedCount()).isEqualTo(before + 1);
        assertThat(stories.find(id).orElseThrow().original()).isNull();

        String shown = text(last(reader.press("s:read:0")));
        assertThat(shown)
                .contains("Malaysia", "Sekarang saya kerja di Kupang", "Jangan lewat calo")
                .doesNotContain("Beni", "0812");
    }

    @Test
    void aToldExperienceIsThankedAndCanBecomeAStory() {
        BotConversation user = new BotConversation(BOT_API, 740_003);

        List<JsonNode> replies =
                user.say(
                        "Dulu sa kerja di Malaysia lewat calo, paspor ditahan majikan, gaji sonde"
                                + " dibayar 2 tahun, akhirnya sa dideportasi");

        JsonNode reply = last(replies);
        assertThat(text(reply)).contains("Terima kasih");
        assertThat(BotConversation.buttonData(reply)).contains("s:start", "s:read:0", "m:report");
    }

    @Test
    void aPrivateStoryIsNeverShown() {
        BotConversation teller = new BotConversation(BOT_API, 740_004);
        teller.press("s:start");
        teller.press("s:c:HK");
        teller.press("s:r:LEGAL");
        teller.say("Saya kerja di Hong Kong lewat P3MI resmi, majikan baik.");
        teller.press("s:done");
        teller.press("s:skip");
        assertThat(text(last(teller.press("s:pub:no")))).contains("hanya dibaca petugas");

        Document stored =
                database.getCollection("stories")
                        .find(
                                Filters.and(
                                        Filters.eq("country", "HK"),
                                        Filters.regex("original", "lewat P3MI resmi")))
                        .first();
        assertThat(stored.getString("status")).isEqualTo("PRIVATE");
        assertThat(stories.pending()).noneMatch(s -> s.country().equals("HK"));
        assertThat(stories.moderate(stored.getObjectId("_id").toHexString(), true, "x", "", "m"))
                .isFalse();
    }
}
