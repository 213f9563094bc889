package id.migrasiaman.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Telegram is on and updates come by webhook ({@code TELEGRAM_WEBHOOK_URL} is set). */
class TelegramWebhook implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return TelegramEnabled.webhook(context.getEnvironment());
    }
}
