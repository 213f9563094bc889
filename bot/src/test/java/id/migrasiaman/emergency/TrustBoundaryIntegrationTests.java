package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import id.migrasiaman.telegram.FakeBotApi;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A report code is not a key to the reporter's consent; groups never run a flow; a flood is slowed
 * down but an emergency inside it is still answered. On main a stranger holding the code became the
 * report's contact and a group ran the report in public.
 */
class TrustBoundaryIntegrationTests extends TelegramChatTest {

    @Autowired ReportQueue queue;

    @Test
    void aStrangerWithTheCodeCannotBecomeTheContact() {
        BotConversation reporter = new BotConversation(BOT_API, 740_001);
        String code =
                StaffChat.codeIn(text(reporter.say("tolong, kakak saya disekap agen di Batam")));
        BotConversation stranger = new BotConversation(BOT_API, 740_002);

        stranger.say("/tambah " + code);
        stranger.say("saya tetangganya, mobil calo warna hitam");
        List<JsonNode> oldButton = stranger.press("e:contact");
        List<JsonNode> codedButton = stranger.press("e:contact:" + code);

        assertThat(queue.contactFor(code)).isEmpty();
        assertThat(text(oldButton) + "\n" + text(codedButton))
                .contains("hanya bisa diberikan atau diubah dari percakapan yang mengirim");
        Report report = queue.find(code).orElseThrow();
        assertThat(report.messages())
                .filteredOn(report::fromSomeoneElse)
                .singleElement()
                .satisfies(m -> assertThat(m.text()).contains("mobil calo"));
        assertThat(report.audit()).noneMatch(a -> a.action().startsWith("consent"));
        List<JsonNode> status = stranger.say("/status " + code);
        assertThat(BotConversation.buttonData(status.get(0))).noneMatch(d -> d.startsWith("e:"));

        reporter.press("e:contact:" + code);
        assertThat(queue.contactFor(code)).isPresent();
        List<JsonNode> mine = reporter.say("/status " + code);
        assertThat(text(mine)).contains("Izin dihubungi petugas: <b>ya</b>");
        reporter.press("e:nocontact:" + code);
        assertThat(queue.contactFor(code)).isEmpty();
        assertThat(queue.find(code).orElseThrow().audit())
                .extracting(Report.AuditEntry::action)
                .contains("consent-given", "consent-withdrawn");
    }

    @Test
    void laporInAGroupAnswersWithADeepLinkAndAsksNothingThere() {
        BotConversation member = new BotConversation(BOT_API, 740_003);
        long group = -100_740_003L;

        List<JsonNode> replies = member.sayInGroup(group, "/lapor ada calo di desa kami");

        assertThat(replies).hasSize(1);
        String link = "https://t.me/" + FakeBotApi.USERNAME + "?start=lapor";
        assertThat(replies.get(0).path("text").asText()).contains(link);
        assertThat(text(replies)).doesNotContain("Apa yang terjadi?");
        assertThat(BotConversation.buttonData(replies.get(0))).isEmpty();

        List<JsonNode> privately = member.say("/start lapor");
        assertThat(text(privately)).contains("Laporkan calo").contains("Apa yang terjadi?");
    }

    @Test
    void daruratInAGroupGivesTheHotlinesAndALink() {
        BotConversation member = new BotConversation(BOT_API, 740_004);

        List<JsonNode> replies = member.sayInGroup(-100_740_004L, "/darurat");

        assertThat(replies.get(0).path("text").asText()).contains("0-800-1000");
        assertThat(text(replies)).contains("?start=darurat");
    }

    @Test
    void aFloodIsSlowedDownButAnEmergencyInItIsAnswered() {
        BotConversation user = new BotConversation(BOT_API, 740_005);
        // All 21 arrive at once, as from a flooding client: the replies are paced by the
        // outbound queue, so waiting for each would stretch the burst beyond the flood window.
        List<String> burst = new java.util.ArrayList<>();
        for (int i = 0; i < 21; i++) {
            burst.add(user.lastUpdateJson("halo " + i));
        }
        BOT_API.deliverOnce("[" + String.join(",", burst) + "]");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> text(user.sent()).contains("Tunggu sebentar"));

        List<JsonNode> danger = user.say("tolong saya dipukul majikan sekarang");

        assertThat(danger.get(0).path("text").asText()).contains("Nomor");
        assertThat(text(danger)).containsPattern(StaffChat.CODE);
    }
}
