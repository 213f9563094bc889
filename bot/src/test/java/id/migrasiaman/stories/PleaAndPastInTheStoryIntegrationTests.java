package id.migrasiaman.stories;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Round 23's chat trial, through Telegram updates, inside the story flow ({@code /cerita}): a
 * teenager who types only "tolong kak" or "help lah" where her story goes is asked whether anyone
 * is in danger, then pointed to /darurat, and neither plea is kept as her story (both were, with
 * "Tercatat ✅"); a returned worker who types her past at the stories' first page ("sa dulu karja di
 * hongkong, majikan ambil paspor") has it kept as her story, with no card on how to make a passport
 * (she got one). A question typed there is still answered.
 */
class PleaAndPastInTheStoryIntegrationTests extends TelegramChatTest {

    /** The title of the passport card, which answers how to make one. */
    private static final String PASSPORT_CARD = "Paspor untuk bekerja";

    @Autowired MongoDatabase database;

    @Autowired ReportQueue queue;

    @Test
    void aPleaAloneWhereTheStoryGoesIsAskedAboutNeverKept() {
        long urgentBefore = queue.urgentWaiting();
        BotConversation teen = new BotConversation(BOT_API, 887_000_001L);
        teen.say("/cerita");
        teen.press("s:start");
        teen.press("s:c:SG");
        teen.press("s:r:NONPROCEDURAL");

        List<JsonNode> plea = teen.say("tolong kak");

        assertThat(plea.get(0).path("text").asText()).contains("Nomor");
        assertThat(text(plea)).contains("dalam bahaya sekarang?").doesNotContain("Tercatat");
        assertThat(text(teen.press("em:no")))
                .contains("Ceritakan apa yang terjadi")
                .doesNotContain("sejauh ini sudah kami simpan");
        assertThat(text(teen.say("help lah")))
                .contains("tidak kami simpan", "/darurat", "Ceritakan apa yang terjadi")
                .doesNotContain("Tercatat");
        assertThat(text(teen.say("Sa karja di Singapura jadi PRT lewat om di kampung, gaji kecil")))
                .contains("Tercatat");
        assertThat(text(teen.say("tolong dong"))).contains("tidak kami simpan");
        teen.press("s:done");
        teen.press("s:skip");
        assertThat(text(teen.press("s:pub:no"))).contains("tersimpan");

        String told = storyWith("jadi PRT lewat om di kampung").getString("original");
        assertThat(told).doesNotContain("tolong kak", "help lah", "tolong dong");
        assertThat(queue.urgentWaiting()).isEqualTo(urgentBefore);
    }

    @Test
    void aPastToldAfterCeritaIsHerStoryWithNoPassportCard() {
        BotConversation worker = new BotConversation(BOT_API, 887_000_002L);
        worker.say("/cerita");

        List<JsonNode> told = worker.say("sa dulu karja di hongkong, majikan ambil paspor");

        assertThat(text(told)).doesNotContain(PASSPORT_CARD).contains("Tercatat");
        assertThat(text(worker.press("em:no"))).contains("Terima kasih sudah bercerita");
        worker.press("s:start");
        worker.press("s:c:HK");
        assertThat(text(worker.press("s:r:UNKNOWN"))).contains("sejauh ini sudah kami simpan");
        assertThat(text(worker.say("waktu itu sa son bisa kaluar rumah, majikan simpan paspor")))
                .doesNotContain(PASSPORT_CARD)
                .contains("Tercatat");
        worker.press("s:done");
        worker.press("s:skip");
        worker.press("s:pub:no");

        assertThat(storyWith("dulu karja di hongkong").getString("original"))
                .contains("majikan ambil paspor", "son bisa kaluar rumah");
    }

    @Test
    void aQuestionTypedAfterCeritaIsStillAnswered() {
        BotConversation asker = new BotConversation(BOT_API, 887_000_003L);
        asker.say("/cerita");

        assertThat(text(asker.say("bikin paspor di mana kak?"))).contains(PASSPORT_CARD);
    }

    private Document storyWith(String words) {
        return database.getCollection("stories")
                .find(Filters.regex("original", java.util.regex.Pattern.quote(words)))
                .first();
    }
}
