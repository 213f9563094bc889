package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trial 15 (D24, critical): a German volunteer at Oeba market in Kupang meets a young woman who was
 * brought back from Malaysia, has no passport and is watched by a man who takes her money. The bot
 * led with Malaysia's numbers (999, the embassy in Kuala Lumpur) and put the police's 110 in a
 * footnote. She is in Kupang now: the numbers that reach help there come first.
 */
class VolunteerInKupangIntegrationTests extends TelegramChatTest {

    @Test
    void aWomanBroughtBackFromMalaysiaAndControlledInKupangGetsIndonesiasNumbers() {
        BotConversation volunteer = new BotConversation(BOT_API, 840_010, "en");

        List<JsonNode> replies =
                volunteer.say(
                        "Hello. I am a volunteer from Germany. Today at Oeba market in Kupang I met"
                                + " a young woman who says she was brought back from Malaysia, she"
                                + " has no passport, and a man keeps watching her and takes her"
                                + " money.");

        assertThat(replies).isNotEmpty();
        String first = replies.get(0).path("text").asText();
        assertThat(first).contains("110").doesNotContain("999", "Kuala Lumpur", "Johor");
        assertThat(text(replies)).doesNotContain("Emergency numbers in Malaysia");
    }

    @Test
    void aSisterWhoCallsFromMalaysiaIsStillThere() {
        BotConversation brother = new BotConversation(BOT_API, 840_011, "en");

        List<JsonNode> replies =
                brother.say(
                        "my sister called from Malaysia last night, the boss locked her in and"
                                + " took her passport. we are in Kupang, please help");

        assertThat(replies.get(0).path("text").asText()).contains("999");
    }

    @Test
    void childrenLockedInKupangWhileABrokerIsReportedGetIndonesiasNumbersNotThePromisedCountrys() {
        // Found in the round-15 review's chat trial: the report's first answer ("janji kerja di
        // Malaysia", the broker's promise) was remembered as where the reporter is, and the
        // danger typed at the next step got Malaysia's numbers for children locked in Kupang.
        BotConversation reporter = new BotConversation(BOT_API, 840_012);
        reporter.say("/lapor");
        reporter.say("Calo itu bawa 3 anak SMP ke Kupang, janji kerja di Malaysia");

        List<JsonNode> replies =
                reporter.say(
                        "mereka dikunci di kos dekat Oesapa sekarang, paspor diambil, tolong!");

        String first = replies.get(0).path("text").asText();
        assertThat(first).contains("110").doesNotContain("Nomor darurat di Malaysia", "999");
    }

    /**
     * Trial 18 D12 (critical): a Babinsa reports six young women kept in one room of a kos behind
     * Pasar Oebobo, the door locked from outside at night, "mau dikirim ke Malaysia lewat Tenau".
     * They are in Kupang now: 110 comes first, not Malaysia's numbers.
     */
    @Test
    void womenLockedInKupangWhoAreStillToBeSentToMalaysiaGetIndonesiasNumbersFirst() {
        BotConversation babinsa = new BotConversation(BOT_API, 862_001);
        babinsa.say("/lapor");

        List<JsonNode> replies =
                babinsa.say(
                        "Lapor, sy Babinsa Koramil Kupang Tengah. Di satu kos di belakang pasar"
                                + " Oebobo ada 6 nona2 muda dikumpulkan dlm 1 kamar sudah 2 minggu,"
                                + " pintu dikunci dari luar malam hari. Info warga mereka mau"
                                + " dikirim ke Malaysia lewat Tenau");

        String first = replies.get(0).path("text").asText();
        assertThat(first).contains("110").doesNotContain("Nomor darurat di Malaysia", "999");
    }

    /** Already taken there: "dibawa ke Malaysia, sekarang dikurung" keeps Malaysia's numbers. */
    @Test
    void aDaughterAlreadyTakenToMalaysiaStillGetsMalaysiasNumbers() {
        BotConversation mother = new BotConversation(BOT_API, 862_002);

        List<JsonNode> replies =
                mother.say(
                        "anak sy dibawa calo ke Malaysia bulan lalu, skrg dia dikurung majikan dan"
                                + " tdk dikasih makan");

        assertThat(replies.get(0).path("text").asText()).contains("999");
    }
}
