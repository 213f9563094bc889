package id.migrasiaman.answers;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Found by black-box trials (trial 9, retested in trial 10): questions that name an office or a
 * document of labour migration were refused as "not about working abroad", because both models read
 * them as everyday. Naming Disnaker, BP3MI or a seaman's book is about the topics.
 */
class DomainWordsQuestionsIntegrationTests extends TelegramChatTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "alamat kantor disnaker kab kupang di mana? jam berapa buka?",
                "nomor telpon BP3MI NTT berapa? jam buka jam berapa?"
            })
    void aQuestionNamingAnOfficeOrADocumentOfMigrationIsAnswered(String question) {
        BotConversation user =
                new BotConversation(BOT_API, 796_201 + Math.abs(question.hashCode() % 90));

        String reply = text(user.say(question));

        assertThat(reply).doesNotContain("hanya bisa membantu").isNotBlank();
    }

    @Test
    void aHolidayPassportIsStillNoMigrationQuestion() {
        BotConversation user = new BotConversation(BOT_API, 796_299);

        String reply = text(user.say("cara perpanjang paspor untuk liburan ke bali gimana?"));

        assertThat(reply).doesNotContain("Sumber:");
    }
}
