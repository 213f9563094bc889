package id.migrasiaman.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when a bot token is configured and the app is not the chat CLI. */
class TelegramEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String token = context.getEnvironment().getProperty("migrasi.telegram.token", "");
        boolean chatCli = context.getEnvironment().matchesProfiles("chat");
        return !token.isBlank() && !chatCli;
    }
}
