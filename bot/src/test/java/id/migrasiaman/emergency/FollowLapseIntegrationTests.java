package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.REPORT_CODE;
import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.conversation.ConversationStates;
import id.migrasiaman.system.Pseudonyms;
import id.migrasiaman.telegram.BotConversation;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Trial 16, D6: Yulius, hurt and unpaid in Johor, raised an alarm at night; his wife wrote in the
 * same chat the next morning and every question of hers was filed into his urgent report, none
 * answered. Hours after the emergency's last change a message is read afresh; within them it is
 * still added.
 */
class FollowLapseIntegrationTests extends TelegramChatTest {

    @Autowired MongoDatabase database;
    @Autowired Pseudonyms pseudonyms;
    @Autowired ConversationStates states;

    @Test
    void theWifeWritingTheNextMorningIsAnsweredAndToldTheReportStaysOpen() {
        long chat = 847_010;
        BotConversation yulius = new BotConversation(BOT_API, chat);
        String alarm =
                text(
                        yulius.say(
                                "tolong saya dikunci di mes di Johor, bos pukul saya dan paspor"
                                        + " saya dipegang bos"));
        assertThat(alarm).contains("Satgas sudah diberi tahu");
        Matcher code = REPORT_CODE.matcher(alarm);
        assertThat(code.find()).isTrue();
        assertThat(text(yulius.say("dia di lantai 3, dekat pasar"))).contains(code.group());

        quietFor(chat, Duration.ofHours(9));

        String wife = text(yulius.say("Bagaimana cara membuat paspor untuk kerja?"));
        assertThat(wife)
                .contains("tetap terbuka untuk petugas", "/tambah " + code.group())
                .contains("Imigrasi")
                .doesNotContain("Ditambahkan ke laporan darurat");
        assertThat(text(yulius.say("Apa syarat SKCK?")))
                .doesNotContain("Ditambahkan ke laporan darurat", "tetap terbuka untuk petugas");
    }

    @Test
    void withinTheHoursEveryFactStillGoesIntoTheReport() {
        long chat = 847_011;
        BotConversation worker = new BotConversation(BOT_API, chat);
        String alarm =
                text(
                        worker.say(
                                "tolong saya dikunci di rumah majikan di Kuala Lumpur, paspor"
                                        + " diambil, saya dipukul"));
        Matcher code = REPORT_CODE.matcher(alarm);
        assertThat(code.find()).isTrue();
        quietFor(chat, Duration.ofHours(2));
        assertThat(text(worker.say("majikan namanya Puan Rosnah, rumah di Cheras")))
                .contains("Ditambahkan ke laporan darurat", code.group())
                .doesNotContain("tetap terbuka untuk petugas");
    }

    /** As if the emergency's state last changed {@code ago}. */
    private void quietFor(long chat, Duration ago) {
        String id = pseudonyms.of("tg-chat", String.valueOf(chat));
        long changed =
                database.getCollection("conversations")
                        .updateOne(
                                Filters.eq("_id", id),
                                Updates.set("updatedAt", Date.from(Instant.now().minus(ago))))
                        .getModifiedCount();
        assertThat(changed).isEqualTo(1);
        states.forget(id);
    }
}
