package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Trial 19's critical defects, through Telegram updates: a worker who said he works in Cambodia and
 * is then locked in a compound gets Cambodia's block first, and the country buttons offer the
 * scam-compound countries (D29); an offer told as the past and a plight now ("sampe sini dong
 * kurung katong") is an alarm at once (D4); a 17-year-old's short fragments from a penampungan are
 * read together and "jgn telp" / "sms aja" reach the urgent report (D7).
 */
class TrialNineteenCriticalIntegrationTests extends TelegramChatTest {

    @Autowired ReportQueue queue;

    /** D29: "beta kerja di kamboja", then locked in: Cambodia's block, not Indonesia's 110. */
    @Test
    void aWorkerWhoSaidHeWorksInCambodiaGetsCambodiasBlockWhenLockedIn() {
        BotConversation worker = new BotConversation(BOT_API, 868_001);
        worker.say("beta kerja di kamboja");

        String reply = text(worker.say("katong dikurung di kompleks, paspor dong ambil"));

        assertThat(StaffChat.codeIn(reply)).isNotBlank();
        assertThat(reply)
                .contains("Nomor darurat di Kamboja")
                .doesNotContain("Nomor bantuan resmi")
                .doesNotContain("Pilih negaranya");
    }

    /** D29: a detained worker whose country is unknown can pick Cambodia, Myanmar or Thailand. */
    @Test
    void theCountryButtonsOfferTheScamCompoundCountries() {
        BotConversation worker = new BotConversation(BOT_API, 868_002);

        List<JsonNode> replies = worker.say("tolong kami dikurung, paspor diambil bos");

        List<String> buttons =
                replies.stream().flatMap(m -> BotConversation.buttonData(m).stream()).toList();
        assertThat(buttons).contains("em:h:KH", "em:h:MM", "em:h:TH");
        String cambodia = text(worker.press("em:h:KH"));
        assertThat(cambodia).contains("Kamboja");
    }

    /** D4: an offer told as the past, then "sampe sini dong kurung katong": an alarm at once. */
    @Test
    void aPastOfferAndALockedCompoundNowRaiseTheAlarm() {
        BotConversation man = new BotConversation(BOT_API, 868_003);
        man.say("halo kaka");
        man.say("ini beta pake hp teman. beta di kamboja dekat perbatasan thailand");

        String reply =
                text(
                        man.say(
                                "dulu beta dapa lowongan di telegram jadi admin crypto gaji 15"
                                        + " juta, tiket gratis. sampe sini dong kurung katong di"
                                        + " kompleks, paspor dong ambil"));

        assertThat(reply).doesNotContain("belum diberi tahu");
        assertThat(StaffChat.codeIn(reply)).isNotBlank();
        assertThat(reply).contains("Kamboja");
    }

    /** D4: the same story from a fresh user, "skarang" instead of "sampe sini". */
    @Test
    void aPastOfferAndAPlightSaidNowRaiseTheAlarmForAFreshUser() {
        BotConversation man = new BotConversation(BOT_API, 868_004);

        String reply =
                text(
                        man.say(
                                "dulu beta dapa lowongan di facebook jadi admin gaji 15 juta."
                                        + " skarang dong kurung katong di kompleks, paspor dong"
                                        + " ambil"));

        assertThat(StaffChat.codeIn(reply)).isNotBlank();
    }

    /**
     * D7: a 17-year-old in a penampungan in Surabaya writes in fragments; her phone is to be taken:
     * the alarm comes by "hp sy mau diambil", and how to reach her goes to the report.
     */
    @Test
    void aGirlsFragmentsFromAPenampunganAreReadTogether() {
        BotConversation girl = new BotConversation(BOT_API, 868_005);
        girl.say("kk");
        girl.say("tlg");
        girl.say("sy di penampungan");
        girl.say("surabaya");

        String phone = text(girl.say("hp sy mau diambil"));

        String code = StaffChat.codeIn(phone);
        assertThat(code).isNotBlank();
        girl.say("ga boleh keluar");
        girl.say("umur sy 17");
        String noCall = text(girl.say("jgn telp"));
        girl.say("sms aja");
        assertThat(noCall).contains("tidak akan menelepon");
        assertThat(queue.find(code).orElseThrow().messages().stream().map(Report.Message::text))
                .anyMatch(t -> t.contains("jgn telp"))
                .anyMatch(t -> t.contains("sms aja"));
    }
}
