package id.migrasiaman.telegram;

import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.html.HtmlSplitter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends replies: HTML parse mode, long texts split at 4096 characters, at most ~30 messages a
 * second overall, and Telegram's {@code retry_after} honoured on 429. Errors are logged without
 * chat ids or texts.
 */
@Component
@Conditional(TelegramEnabled.class)
class ReplySender {

    private static final Logger log = LoggerFactory.getLogger(ReplySender.class);
    private static final int ATTEMPTS = 4;

    private final TelegramClient client;
    private final SendRate rate = new SendRate(30);

    ReplySender(TelegramClient client) {
        this.client = client;
    }

    /**
     * Sends {@code replies} to {@code chatId}, in order; returns whether every message went out.
     */
    boolean send(long chatId, List<Reply> replies) {
        boolean all = true;
        for (Reply reply : replies) {
            List<String> parts = HtmlSplitter.split(reply.html(), HtmlSplitter.TELEGRAM_LIMIT);
            for (int i = 0; i < parts.size(); i++) {
                boolean last = i == parts.size() - 1;
                SendMessage.SendMessageBuilder<?, ?> message =
                        SendMessage.builder()
                                .chatId(chatId)
                                .text(parts.get(i))
                                .parseMode("HTML")
                                .linkPreviewOptions(
                                        LinkPreviewOptions.builder().isDisabled(true).build());
                if (last) {
                    Keyboards.markup(reply).ifPresent(message::replyMarkup);
                }
                all &= execute(message.build());
            }
        }
        return all;
    }

    /** Acknowledges a button press so the client stops its spinner. */
    void acknowledge(String callbackQueryId) {
        execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
    }

    private boolean execute(BotApiMethod<?> method) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            rate.acquire();
            try {
                client.execute(method);
                return true;
            } catch (TelegramApiRequestException e) {
                Integer code = e.getErrorCode();
                if (code != null
                        && code == 429
                        && e.getParameters() != null
                        && e.getParameters().getRetryAfter() != null) {
                    sleepSeconds(Math.min(60, e.getParameters().getRetryAfter()));
                } else if (code != null && code >= 400 && code < 500) {
                    log.warn(
                            "Telegram rejected {} (error {}): not retried",
                            method.getMethod(),
                            code);
                    return false;
                } else {
                    sleepSeconds(attempt);
                }
            } catch (TelegramApiException e) {
                log.warn(
                        "Telegram {} failed (attempt {}): {}",
                        method.getMethod(),
                        attempt,
                        e.getClass().getSimpleName());
                sleepSeconds(attempt);
            }
        }
        log.error("Telegram {} failed after {} attempts", method.getMethod(), ATTEMPTS);
        return false;
    }

    private static void sleepSeconds(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
