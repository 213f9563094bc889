package id.migrasiaman.family;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static id.migrasiaman.telegram.BotReplies.REPORT_CODE;
import static id.migrasiaman.telegram.BotReplies.last;
import static id.migrasiaman.telegram.BotReplies.reportCode;
import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.Priority;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import id.migrasiaman.telegram.FakeBotApi;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A family whose relative abroad cannot be reached, as a new user through Telegram updates. */
class FamilyAbroadIntegrationTests extends TelegramChatTest {

    @Autowired ReportQueue queue;

    @Test
    void aMotherLookingForHerSonIsHelpedAndHerReportReachesTheQueue() {
        BotConversation mother = new BotConversation(BOT_API, 760_001);
        List<JsonNode> first =
                mother.say(
                        "Bagaimana cara mencari anak saya yang di Malaysia dan sudah 3 bulan tidak"
                                + " bisa dihubungi?");

        String all = text(first);
        assertThat(all).doesNotContain("kami hanya bisa membantu");
        assertThat(first.get(0).path("text").asText())
                .contains("0-800-1000")
                .contains("0811-8080-141")
                .contains("Portal Peduli WNI")
                .contains("laporan polisi")
                .contains("Sumber:");
        assertThat(BotConversation.buttonData(last(first))).contains("f:danger:yes", "f:danger:no");

        assertThat(text(mother.press("f:danger:no"))).contains("paspor").doesNotContain("1/5");
        assertThat(text(mother.press("f:offer:yes"))).contains("1/5");
        assertThat(text(mother.say("Yohanis Tefa, paspor C1234567"))).contains("negara dan kota");
        assertThat(text(mother.say("Malaysia, Kota Kinabalu"))).contains("majikan");
        mother.say("PT Sinar Jaya di Kupang, majikan namanya Mr Lim");
        assertThat(text(mother.say("3 bulan lalu lewat WhatsApp"))).contains("menghubungi");
        List<JsonNode> summary = mother.press("f:contact:yes");
        assertThat(text(summary)).contains("Yohanis Tefa").contains("Kota Kinabalu");

        String sent = text(mother.press("f:send"));
        String code = reportCode(sent);
        Report report = queue.find(code).orElseThrow();
        assertThat(report.priority()).isNotEqualTo(Priority.URGENT);
        assertThat(report.facts().what())
                .contains("Keluarga di luar negeri")
                .contains("Nama (paspor): Yohanis Tefa")
                .contains("PT Sinar Jaya");
        assertThat(report.facts().when()).contains("3 bulan lalu");
        assertThat(report.facts().destinations()).contains("MY");
        assertThat(report.facts().who()).isNullOrEmpty();
        assertThat(queue.contactFor(code))
                .hasValueSatisfying(c -> assertThat(c.address()).isEqualTo("tg:760001"));
    }

    /**
     * Issue 10 item 4 in English: a family writes in English about a relative abroad or at sea who
     * cannot be reached or is in trouble; they get the family flow (what to do now and the one-tap
     * danger question) like the Indonesian families, and no alarm until they say someone is in
     * danger now.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "my sister in Malaysia hasn't answered for 2 months",
                "we can't reach my brother on the boat",
                "My son works in Taiwan and we haven't heard from him since March, what can we do?",
                "my wife is in Saudi Arabia and her phone has been off for three weeks",
                "Our daughter in Hong Kong is in trouble and the agency won't tell us anything",
                "how do I find my husband? he went to Sabah last year and stopped replying"
            })
    void anEnglishFamilyReachesTheFamilyFlowToo(String message) {
        long chat = 760_100 + Math.abs(message.hashCode() % 10_000);
        BotConversation family = new BotConversation(BOT_API, chat);
        List<JsonNode> first = family.say(message);

        String all = text(first);
        assertThat(all).as(message).contains("Portal Peduli WNI").contains("0-800-1000");
        assertThat(BotConversation.buttonData(last(first)))
                .as(message)
                .contains("f:danger:yes", "f:danger:no");
        // no URGENT report yet: an alarm's reply carries its report code
        assertThat(REPORT_CODE.matcher(all).find()).as(message).isFalse();
        assertThat(text(family.press("f:danger:no"))).as(message).containsIgnoringCase("passport");
    }

    @Test
    void someoneInDangerNowGetsNumbersFirstAndAnUrgentReportWithAnAlarm() {
        BotConversation sister = new BotConversation(BOT_API, 760_002);
        sister.say("Kakak saya kerja di Malaysia, sudah 2 minggu tidak ada kabar");

        List<JsonNode> urgent = sister.press("f:danger:yes");
        assertThat(urgent.get(0).path("text").asText())
                .contains("999")
                .contains("+60 17-668 8032")
                .contains("0-800-1000");
        String code = reportCode(text(urgent));
        assertThat(queue.find(code).orElseThrow().priority()).isEqualTo(Priority.URGENT);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> staffAlerts().stream().anyMatch(a -> a.contains(code)));

        sister.say("Maria Seran");
        assertThat(queue.find(code).orElseThrow().messages())
                .anySatisfy(msg -> assertThat(msg.text()).contains("Nama (paspor): Maria Seran"));
    }

    @Test
    void theMenuAndTheCommandOpenTheSameHelp() {
        BotConversation user = new BotConversation(BOT_API, 760_003);
        assertThat(BotConversation.buttonData(last(user.say("/start")))).contains("m:family");
        assertThat(text(user.press("m:family"))).contains("Portal Peduli WNI");
        assertThat(text(user.say("/keluarga"))).contains("Portal Peduli WNI");
        assertThat(text(user.press("f:cancel"))).contains("Tidak ada yang dikirim");
    }

    @Test
    void anOldDangerButtonStillRaisesTheAlarm() {
        BotConversation user = new BotConversation(BOT_API, 760_005);
        user.say("/keluarga");
        user.press("f:cancel");
        String code = reportCode(text(user.press("f:danger:yes")));
        assertThat(queue.find(code).orElseThrow().priority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void aQuestionAboutWorkingAbroadIsNotTakenForAFamilyInTrouble() {
        BotConversation user = new BotConversation(BOT_API, 760_004);
        assertThat(text(user.say("Syarat kerja ke Malaysia apa saja?")))
                .doesNotContain("Portal Peduli WNI");
    }

    private List<String> staffAlerts() {
        return BOT_API
                .server()
                .findAll(
                        postRequestedFor(FakeBotApi.method("sendMessage"))
                                .withRequestBody(
                                        matchingJsonPath("$.chat_id", equalTo(STAFF_CHAT))))
                .stream()
                .map(r -> r.getBodyAsString())
                .toList();
    }
}
