package id.migrasiaman.telegram;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The bot's own username, from {@code getMe}, asked once and kept (asked again after a failure).
 */
@Component
@Conditional(TelegramEnabled.class)
class BotIdentity {

    private static final Logger log = LoggerFactory.getLogger(BotIdentity.class);

    private final TelegramClient client;
    private final AtomicReference<String> username = new AtomicReference<>();

    BotIdentity(TelegramClient client) {
        this.client = client;
    }

    /** The username without "@", or empty while Telegram cannot tell. */
    Optional<String> username() {
        String known = username.get();
        if (known != null) {
            return Optional.of(known);
        }
        try {
            User me = client.execute(new GetMe());
            if (me != null && me.getUserName() != null && !me.getUserName().isBlank()) {
                username.compareAndSet(null, me.getUserName());
            }
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("getMe failed: {}", e.getClass().getSimpleName());
        }
        return Optional.ofNullable(username.get());
    }

    /** {@code https://t.me/<bot>?start=<payload>}, or empty while the username is unknown. */
    Optional<String> deepLink(String payload) {
        return username()
                .map(
                        name ->
                                "https://t.me/"
                                        + name
                                        + (payload == null || payload.isBlank()
                                                ? ""
                                                : "?start=" + payload));
    }
}
