package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trial 18 D37 (critical): a domestic worker in Hong Kong first asks about her agency's loan
 * deducted from her wages (answered well), then writes "satu lagi": the employer's grown son comes
 * into her room at night and touches her, she is afraid, and afraid of being fired. The bot read it
 * as a job offer with the loan's red flags, and her next message ("ini bukan tawaran kerja, malam
 * ini pasti dia masuk lagi") as off-topic. In a fresh conversation the same words got Hong Kong's
 * numbers and the danger question: what came before must not take that away.
 */
class AbuseAtNightIntegrationTests extends TelegramChatTest {

    @Test
    void abuseAtNightToldAfterAWageQuestionGetsHongKongsNumbersNotAnOfferCheck() {
        BotConversation worker = new BotConversation(BOT_API, 862_010);
        worker.say(
                "hai kak, aku BMI di HK, tsuen wan. mau tanya soal loan agency nih, tiap bulan gaji"
                        + " dipotong HKD 3000 sampai 7 bulan, padahal aku udah bayar di indo. is"
                        + " that legal?");

        List<JsonNode> replies =
                worker.say(
                        "ok thanks kak. satu lagi, anak laki2 majikan (umur 25) sering masuk kamar"
                                + " aku malam2 dan pegang2 aku. aku takut bgt tapi takut dipecat"
                                + " juga");

        assertThat(text(replies))
                .contains("999")
                .doesNotContain("tanda bahaya dalam tawaran ini")
                .doesNotContain("Bayar di muka");
    }
}
