package id.migrasiaman.answers;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Maria has just finished SMK in Oelamasi. A friend shares the bot; she opens it and types the
 * first things she wonders, short and vague, the way a help desk hears them fifty times a day. Each
 * is a first message in a new chat (no earlier answer to lean on): she gets that topic's answer,
 * not "Maaf, kami belum punya jawaban pasti".
 */
class FirstQuestionsIntegrationTests extends TelegramChatTest {

    private static final AtomicLong CHATS = new AtomicLong(791_000);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "saya mau kerja ke malaysia, caranya bagaimana? | Langkah resmi",
                "berapa biayanya? | Biaya penempatan",
                "syaratnya apa saja? | syarat PMI",
                "bikin paspor dimana? | Paspor",
                "beta mau pi karja di luar negeri, karmana caranya? | Langkah resmi",
                "daftarnya di mana? | Mendaftar",
                "how much does it cost to work abroad? | Placement costs"
            })
    void aFirstVagueQuestionGetsItsTopic(String question, String title) {
        BotConversation maria = new BotConversation(BOT_API, CHATS.incrementAndGet());
        String reply = text(maria.say(question));
        assertThat(reply).containsIgnoringCase(title).doesNotContain("belum punya jawaban");
    }

    @Test
    void aPassportForAPilgrimageIsNotAnsweredAsWorkAbroad() {
        BotConversation maria = new BotConversation(BOT_API, CHATS.incrementAndGet());
        String reply = text(maria.say("bikin paspor buat umroh bulan depan di kupang di mana ya?"));
        assertThat(reply).doesNotContain("Paspor untuk bekerja");
    }
}
