package id.migrasiaman.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.html.HtmlSplitter;
import id.migrasiaman.store.Durability;
import id.migrasiaman.system.Pseudonyms;
import id.migrasiaman.telegram.outbound.BotApiSender;
import id.migrasiaman.telegram.outbound.Outbound;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;

/**
 * Turns replies into Telegram messages (HTML parse mode, long texts split at 4096 characters,
 * keyboards on the last part) and puts them in the durable {@link Outbound} queue, which sends them
 * at Telegram's pace and retries until they are delivered.
 */
@Component
@Conditional(TelegramEnabled.class)
class ReplySender {

    private final Outbound outbound;
    private final BotApiSender api;
    private final Durability durability;
    private final Pseudonyms pseudonyms;
    private final ObjectMapper json;

    ReplySender(
            Outbound outbound,
            BotApiSender api,
            Durability durability,
            Pseudonyms pseudonyms,
            ObjectMapper telegramObjectMapper) {
        this.outbound = outbound;
        this.api = api;
        this.durability = durability;
        this.pseudonyms = pseudonyms;
        this.json = telegramObjectMapper;
    }

    /** The outbound lane of {@code chatId}: the chat's pseudonymous conversation id. */
    String laneOf(long chatId) {
        return pseudonyms.of("tg-chat", String.valueOf(chatId));
    }

    /**
     * Enqueues {@code replies} under keys {@code keyPrefix:0}, {@code :1} …; durable once the
     * caller has flushed, sent after {@link Outbound#wake}.
     */
    void enqueue(long chatId, String keyPrefix, String kind, String ref, List<Reply> replies) {
        List<Outbound.Message> messages = new ArrayList<>();
        for (Reply reply : replies) {
            List<String> parts = HtmlSplitter.split(reply.html(), HtmlSplitter.TELEGRAM_LIMIT);
            for (int i = 0; i < parts.size(); i++) {
                SendMessage.SendMessageBuilder<?, ?> message =
                        SendMessage.builder()
                                .chatId(chatId)
                                .text(parts.get(i))
                                .parseMode("HTML")
                                .linkPreviewOptions(
                                        LinkPreviewOptions.builder().isDisabled(true).build());
                if (i == parts.size() - 1) {
                    Keyboards.markup(reply).ifPresent(message::replyMarkup);
                }
                messages.add(
                        new Outbound.Message(
                                keyPrefix + ":" + messages.size(),
                                "sendMessage",
                                bytes(message.build()),
                                kind,
                                ref));
            }
        }
        outbound.enqueue(laneOf(chatId), chatId, messages);
    }

    /**
     * Enqueues {@code replies} outside a turn (staff alerts, staff messages) and makes them
     * durable; returns once they are sure to be delivered.
     */
    boolean deliver(long chatId, String key, String kind, String ref, List<Reply> replies) {
        enqueue(chatId, key, kind, ref, replies);
        durability.flush();
        outbound.wake(laneOf(chatId));
        return true;
    }

    /** Acknowledges a button press so the client stops its spinner (once; it expires anyway). */
    void acknowledge(String callbackQueryId) {
        api.call(
                "answerCallbackQuery",
                bytes(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build()));
    }

    private byte[] bytes(PartialBotApiMethod<?> method) {
        try {
            return json.writeValueAsBytes(method);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a Bot API call", e);
        }
    }
}
