package id.migrasiaman.local;

import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Profile;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;

/**
 * {@code bot.jar chat} with a Telegram token set: refuse clearly instead of talking to the
 * production database and staff without Telegram (set {@code MIGRASI_LOCAL_CHANNELS=true} to do it
 * on purpose).
 */
@Component
@Profile("chat")
@Conditional(ChatRefused.Disabled.class)
class ChatRefused implements CommandLineRunner {

    @Override
    public void run(String... args) {
        System.err.println(
                "The chat CLI runs only in local mode (no TELEGRAM_BOT_TOKEN) or with"
                        + " MIGRASI_LOCAL_CHANNELS=true.");
    }

    static final class Disabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !LocalChannelsEnabled.enabled(context.getEnvironment());
        }
    }
}
