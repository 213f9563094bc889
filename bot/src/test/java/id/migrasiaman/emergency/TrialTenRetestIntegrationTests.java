package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the round-10 retest still found (D16, D20, the order of Indonesia's numbers), told again
 * through Telegram updates: a wife at home whose husband is beaten on a fishing boat near Fiji, a
 * mother at home whose daughter is locked in abroad, someone in danger in Indonesia asking which
 * number first, a woman held in a village of Kabupaten Kupang before being taken abroad, and a
 * reporter who changes the language or types an answer to the "/start" warning mid-report.
 */
class TrialTenRetestIntegrationTests extends TelegramChatTest {

    /** D16: Taiwan's land numbers reach no fishing boat; the family's own channels do. */
    @Test
    void aWifeWhoseHusbandIsBeatenOnABoatAtSeaGetsWhatAFamilyCanDoNotLandNumbers() {
        BotConversation wife = new BotConversation(BOT_API, 812_001);

        List<JsonNode> alarm =
                wife.say(
                        "suami sy kerja ABK di kapal ikan taiwan, skrg dekat Fiji. tadi dia telpon,"
                                + " kaptennya pukul dia tiap hari");

        String first = alarm.get(0).path("text").asText();
        assertThat(first).contains("kapal di laut").contains("KP2MI").contains("+62 812 9007 0027");
        assertThat(text(alarm))
                .doesNotContain("Polisi Taiwan")
                .doesNotContain("Nomor darurat di Taiwan")
                .doesNotContain("Polisi (call center Polri)")
                .contains("Portal Peduli WNI");
        assertThat(alarm.toString()).doesNotContain("request_location");
    }

    /** D16: only the person in danger is asked to share a location. */
    @Test
    void aMotherAtHomeIsNotAskedForHerLocationButSomeoneInDangerIs() {
        BotConversation mother = new BotConversation(BOT_API, 812_002);
        List<JsonNode> forHerDaughter =
                mother.say("anak saya di Johor dikunci majikan di kamar, tidak dikasih makan");
        assertThat(text(forHerDaughter)).contains("Satgas");
        assertThat(forHerDaughter.toString()).doesNotContain("request_location");

        BotConversation worker = new BotConversation(BOT_API, 812_003);
        List<JsonNode> forHerself = worker.say("saya dikunci majikan di Johor, paspor diambil");
        assertThat(forHerself.toString()).contains("request_location");
    }

    /** In Indonesia the police come first, by the content's own order. */
    @Test
    void inIndonesiaThePoliceComeFirstInTheList() {
        BotConversation villager = new BotConversation(BOT_API, 812_004);
        List<JsonNode> alarm =
                villager.say(
                        "tolong, kami dikunci calo di rumahnya di Oesao sekarang, paspor diambil");
        assertThat(text(alarm)).contains("Satgas sudah diberi tahu");
        String first = alarm.get(0).path("text").asText();
        assertThat(first).contains("Polisi (call center Polri)").contains("0-800-1000");
        assertThat(first.indexOf("Polisi (call center Polri)"))
                .as(first)
                .isLessThan(first.indexOf("0-800-1000"));

        List<JsonNode> which = villager.say("sa harus telpon nomor yang mana dulu?");
        String answer = text(which);
        assertThat(answer).contains("110");
        int kp2mi = answer.indexOf("0-800-1000");
        assertThat(answer.indexOf("110"))
                .as(answer)
                .isLessThan(kp2mi < 0 ? Integer.MAX_VALUE : kp2mi);
    }

    /**
     * A village the gazetteer knows counts as "here in Indonesia" like Tenau did: a country named
     * only as where she will be taken does not decide the numbers.
     */
    @Test
    void aWomanHeldInAVillageOfKupangBeforeBeingTakenAbroadGetsIndonesiasNumbers() {
        BotConversation woman = new BotConversation(BOT_API, 812_005);
        List<JsonNode> alarm =
                woman.say(
                        "sa masih di naibonat, sponsor kunci sa di rumahnya, besok mau dibawa ke"
                                + " malaysia. tolong");
        String first = alarm.get(0).path("text").asText();
        assertThat(first).contains("110").doesNotContainPattern("(?<![A-Z0-9-])999(?![A-Z0-9])");
    }

    /** D20: "/bahasa" mid-report shows the report's question again, in the new language. */
    @Test
    void changingTheLanguageMidReportAsksTheCurrentQuestionAgain() {
        BotConversation reporter = new BotConversation(BOT_API, 812_006);
        reporter.say("/lapor");
        reporter.say("Ada calo di Oesao tawarkan kerja ke Malaysia tanpa biaya");
        reporter.say("/bahasa");

        List<JsonNode> changed = reporter.press("lang:en");

        assertThat(changed.get(changed.size() - 1).path("text").asText()).contains("Who is it?");
    }

    /** D20: a number typed after the "/start" warning answers the warning, not the report. */
    @Test
    void aNumberTypedAfterTheStartWarningAnswersTheWarning() {
        BotConversation reporter = new BotConversation(BOT_API, 812_007);
        reporter.say("/lapor");
        reporter.say("Ada calo di Oesao tawarkan kerja ke Malaysia tanpa biaya");
        reporter.say("/start");

        List<JsonNode> resumed = reporter.say("1");
        assertThat(text(resumed)).contains("Siapa orangnya?");
        // The "1" was not taken as the answer to "Siapa orangnya?".
        assertThat(text(resumed)).doesNotContain("kecamatan");

        reporter.say("/start");
        List<JsonNode> dropped = reporter.say("2");
        assertThat(text(dropped)).contains("Dibatalkan");
        assertThat(text(reporter.say("/start"))).doesNotContain("belum dikirim");
    }
}
