package id.migrasiaman.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when a bot token is configured and the app is not the chat CLI. */
class TelegramEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return enabled(context.getEnvironment());
    }

    static boolean enabled(Environment env) {
        String token = env.getProperty("migrasi.telegram.token", "");
        return !token.isBlank() && !env.matchesProfiles("chat");
    }

    static boolean webhook(Environment env) {
        return enabled(env) && !env.getProperty("migrasi.telegram.webhook-url", "").isBlank();
    }
}
