package id.migrasiaman;

import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the full-application tests in which people chat with the bot through the fake Bot API:
 * each test starts with the Bot API's default answers and no message sent yet, so what a test reads
 * back is what its own chats caused.
 */
public abstract class TelegramChatTest extends IntegrationTest {

    @BeforeEach
    void freshBotApi() {
        BOT_API.reset();
    }
}
