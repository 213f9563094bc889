package id.migrasiaman.conversation;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Trial 16: people who type what the buttons offer. A woman who typed "Malaysia" at the guide's
 * country question was taken out of the guide to the emergency numbers abroad (D15); "/cerita" was
 * an unknown command although the menu offers the stories (D16).
 */
class TrialSixteenTypedAnswersIntegrationTests extends TelegramChatTest {

    @Test
    void aCountryTypedAtTheGuidesCountryQuestionChoosesIt() {
        BotConversation user = new BotConversation(BOT_API, 847_001);
        assertThat(text(user.say("/jalur"))).contains("Ke negara mana");
        String country = text(user.say("Malaysia"));
        assertThat(country)
                .contains("Anda menyebut Malaysia", "Pekerjaan apa yang Anda tuju di Malaysia")
                .doesNotContain("Bantuan darurat", "Dalam bahaya di luar negeri");
        String work = text(user.say("pabrik aja kak"));
        assertThat(work).contains("Langkah 1 dari").doesNotContain("Ke negara mana");
    }

    @Test
    void aCountryAndWorkTypedTogetherStartTheRoute() {
        BotConversation user = new BotConversation(BOT_API, 847_002);
        assertThat(text(user.say("/jalur"))).contains("Ke negara mana");
        assertThat(text(user.say("ke hongkong, pengasuh lansia")))
                .contains("Anda menyebut Hong Kong", "Langkah 1 dari");
    }

    @Test
    void aSentenceThatOnlyMentionsACountryIsNotTakenAsTheChoice() {
        BotConversation mother = new BotConversation(BOT_API, 847_003);
        assertThat(text(mother.say("/jalur"))).contains("Ke negara mana");
        String told = text(mother.say("anak saya di Malaysia"));
        assertThat(told).doesNotContain("Anda menyebut Malaysia", "Pekerjaan apa yang Anda tuju");
    }

    @Test
    void aCountryTypedOutsideTheGuideIsRoutedAsUsual() {
        BotConversation user = new BotConversation(BOT_API, 847_004);
        assertThat(text(user.say("Malaysia"))).doesNotContain("Pekerjaan apa yang Anda tuju");
    }

    @Test
    void slashCeritaOpensTheStoriesAndHelpListsIt() {
        BotConversation user = new BotConversation(BOT_API, 847_005);
        assertThat(text(user.say("/cerita")))
                .contains("Cerita dari yang sudah pulang")
                .doesNotContain("tidak kami kenal");
        assertThat(text(user.say("/bantuan"))).contains("/cerita");
        BotConversation english = new BotConversation(BOT_API, 847_006, "en");
        assertThat(text(english.say("/story"))).contains("Stories from those who came home");
    }
}
