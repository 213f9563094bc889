package id.migrasiaman.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Telegram is on and updates come by long polling (no webhook URL). */
class TelegramPolling implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return TelegramEnabled.enabled(context.getEnvironment())
                && !TelegramEnabled.webhook(context.getEnvironment());
    }
}
