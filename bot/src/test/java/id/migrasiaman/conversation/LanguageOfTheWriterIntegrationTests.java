package id.migrasiaman.conversation;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Found by trying the bot as an English-speaking volunteer: every reply came in Indonesian, because
 * only the phone's language setting counted. And many young people in Kupang keep their phones set
 * to English while they write Indonesian. The bot now answers in the language a person writes,
 * unless they chose one with /bahasa.
 */
class LanguageOfTheWriterIntegrationTests extends TelegramChatTest {

    @Test
    void aVolunteerWritingEnglishOnAnIndonesianPhoneIsAnsweredInEnglish() {
        BotConversation sarah = new BotConversation(BOT_API, 792_001, "id");
        sarah.say("/start");
        String reply = text(sarah.say("how much does it cost to work abroad legally?"));
        assertThat(reply).contains("Placement costs").doesNotContain("Biaya penempatan");
        // A short word keeps the language so far.
        assertThat(text(sarah.say("ok thanks"))).doesNotContain("Sama-sama");
        // Chosen with /bahasa, the language stays whatever is written.
        sarah.press("lang:id");
        assertThat(text(sarah.say("how much does it cost to work abroad legally?")))
                .contains("Biaya penempatan");
    }

    @Test
    void aYoungManWritingIndonesianOnAnEnglishPhoneIsAnsweredInIndonesian() {
        BotConversation yanto = new BotConversation(BOT_API, 792_002, "en");
        String reply = text(yanto.say("berapa biaya resmi untuk kerja di luar negeri?"));
        // An Indonesian answer (which topic is retrieval's business, tested elsewhere).
        assertThat(reply).contains("resmi").doesNotContain("Sorry").doesNotContain("official");
    }

    @Test
    void aDangerMessageInEnglishGetsItsHotlinesInEnglish() {
        BotConversation mother = new BotConversation(BOT_API, 792_003, "id");
        String reply =
                text(
                        mother.say(
                                "my daughter is 16 and the agent locked her in a house in batam,"
                                        + " they took her phone"));
        assertThat(reply).contains("110").contains("Task-force staff have been alerted");
    }

    /** Found by a black-box trial: a Kupang Malay greeting the language model took for English. */
    @Test
    void kupangMalayIsAnsweredInIndonesianEvenWhereTheModelReadsEnglish() {
        BotConversation user = new BotConversation(BOT_API, 792_005, "id");
        assertThat(text(user.say("ba'i, beta mau tanya sadiki"))).contains("Halo");
        assertThat(Languages.hasIndonesianWords("I am testing the beta version of the app"))
                .isFalse();
    }

    /** Found by a black-box trial (trial 9): "tolong" after one English message got English. */
    @Test
    void aShortIndonesianPleaAfterAnEnglishMessageIsAnsweredInIndonesian() {
        BotConversation user = new BotConversation(BOT_API, 792_006, "id");
        user.say("help, my phone battery drains fast, what should I do");

        assertThat(text(user.say("tolong"))).contains("Apakah ada orang dalam bahaya");
        assertThat(Languages.mostlyIndonesian("makasih kak")).isTrue();
        assertThat(Languages.mostlyIndonesian("ok thanks")).isFalse();
    }

    /**
     * Trial 11 (D5, D22): an Indonesian question with an English loanword got English, and it stuck
     * until a long Indonesian message; a short Indonesian question must bring Indonesian back.
     */
    @Test
    void anEnglishLoanwordInAnIndonesianQuestionKeepsIndonesian() {
        BotConversation yosef = new BotConversation(BOT_API, 792_007, "id");
        assertThat(text(yosef.say("berapa biaya medical check up?")))
                .doesNotContain("Was this answer helpful")
                .doesNotContain("Sorry");
        assertThat(text(yosef.say("Berangkat minggu depan via Nunukan, cukup KTP")))
                .doesNotContain("warning signs")
                .doesNotContain("Sorry");
        assertThat(text(yosef.say("kalau visa online bisa?"))).doesNotContain("Sorry");

        BotConversation sarah = new BotConversation(BOT_API, 792_008, "id");
        sarah.say("how much does it cost to work abroad legally?");
        assertThat(text(sarah.say("biaya MCU berapa"))).doesNotContain("Placement costs");
        assertThat(Languages.hasIndonesianWords("my son is at the shop in Kupang")).isFalse();
    }

    @Test
    void aShortGreetingLeavesThePhonesSetting() {
        BotConversation user = new BotConversation(BOT_API, 792_004, "id");
        assertThat(text(user.say("hi"))).contains("Halo");
    }
}
