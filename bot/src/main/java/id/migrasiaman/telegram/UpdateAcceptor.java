package id.migrasiaman.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.migrasiaman.safety.UrgencyScan;
import id.migrasiaman.store.Durability;
import id.migrasiaman.system.Pseudonyms;
import id.migrasiaman.system.Sealer;
import id.migrasiaman.telegram.inbox.Inbox;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The intake's front door, for the webhook and the poller alike: reads an update's id and chat,
 * seals it into the inbox, and after {@link #commit} (durable: fsync or majority) wakes the chats'
 * workers. Only then may Telegram hear "ok" (webhook 200, next polling offset).
 */
@Component
@Conditional(TelegramEnabled.class)
class UpdateAcceptor {

    /** The kinds of update that belong to a chat, where the chat is {@code <kind>.chat}. */
    static final List<String> CHAT_KINDS =
            List.of(
                    "message",
                    "edited_message",
                    "channel_post",
                    "edited_channel_post",
                    "business_message",
                    "edited_business_message",
                    "my_chat_member",
                    "chat_member",
                    "chat_join_request",
                    "message_reaction");

    /**
     * An update as received.
     *
     * @param updateId Telegram's update id
     * @param lane the chat's lane (its pseudonymous conversation id), or {@code x:<id>}
     * @param json the update's JSON bytes
     * @param callbackQueryId the callback query to answer, or null
     * @param urgent whether it may be about someone in danger ({@link UpdateUrgency}): its chat is
     *     handled first
     */
    record Received(
            long updateId, String lane, byte[] json, String callbackQueryId, boolean urgent) {}

    private final Inbox inbox;
    private final Sealer sealer;
    private final Pseudonyms pseudonyms;
    private final Durability durability;
    private final ObjectMapper json;
    private final UpdateUrgency urgency;
    private final UpdateHead head;

    UpdateAcceptor(
            Inbox inbox,
            Sealer sealer,
            Pseudonyms pseudonyms,
            Durability durability,
            ObjectMapper telegramObjectMapper) {
        this.inbox = inbox;
        this.sealer = sealer;
        this.pseudonyms = pseudonyms;
        this.durability = durability;
        this.json = telegramObjectMapper;
        UrgencyScan scan = UrgencyScan.fromLexicon();
        this.urgency = new UpdateUrgency(scan);
        this.head = new UpdateHead(telegramObjectMapper, scan);
    }

    /**
     * The update in the JSON {@code raw} (the webhook's body), read in one streaming pass ({@link
     * UpdateHead}), or as a tree where that pass cannot be sure; empty when it has no usable update
     * id.
     *
     * @throws IOException if {@code raw} is not JSON
     */
    Optional<Received> read(byte[] raw) throws IOException {
        UpdateHead.Head h;
        try {
            h = head.read(raw);
        } catch (IOException e) {
            // Let the tree reader decide what is JSON, as before: it throws if this is not.
            h = UpdateHead.UNSURE;
        }
        if (h == UpdateHead.UNSURE) {
            JsonNode node = json.readTree(raw);
            return node == null || !node.isObject() ? Optional.empty() : read(node, raw);
        }
        if (h == UpdateHead.NONE) {
            return Optional.empty();
        }
        return Optional.of(
                new Received(
                        h.updateId(),
                        lane(h.updateId(), h.hasChat(), h.chatId()),
                        raw,
                        h.callbackQueryId(),
                        h.urgent()));
    }

    private String lane(long updateId, boolean hasChat, long chat) {
        return hasChat ? pseudonyms.of("tg-chat", String.valueOf(chat)) : "x:" + updateId;
    }

    /** The update in {@code node}, or empty when it has no usable update id. */
    Optional<Received> read(JsonNode node) {
        try {
            return read(node, json.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /**
     * The update in {@code node}, parsed from {@code raw}, which is stored as it came (the worker
     * parses it again; serialising the tree once more here would only cost the webhook time).
     */
    Optional<Received> read(JsonNode node, byte[] raw) {
        JsonNode id = node == null ? null : node.get("update_id");
        if (id == null || !id.canConvertToLong() || !id.isIntegralNumber() || id.asLong() < 0) {
            return Optional.empty();
        }
        long updateId = id.asLong();
        OptionalLong chat = chatOf(node);
        String lane = lane(updateId, chat.isPresent(), chat.orElse(0));
        JsonNode callback = node.path("callback_query").path("id");
        return Optional.of(
                new Received(
                        updateId,
                        lane,
                        raw,
                        callback.isTextual() ? callback.asText() : null,
                        chat.isPresent() && urgency.urgent(node)));
    }

    /** Stores the update (sealed); durable after {@link #commit}. */
    Inbox.Accepted accept(Received update) {
        return inbox.accept(
                update.updateId(), update.lane(), sealer.seal(update.json()), update.urgent());
    }

    /** Makes the accepted updates durable, then sets their chats' workers going. */
    void commit(Collection<String> lanes) {
        if (inbox.journalled()) {
            // Durable in the journal; its relay wakes the chats once the updates are in MongoDB.
            inbox.awaitAccepted();
            return;
        }
        durability.flush();
        lanes.forEach(inbox::wake);
    }

    static OptionalLong chatOf(JsonNode update) {
        for (String kind : CHAT_KINDS) {
            JsonNode id = update.path(kind).path("chat").path("id");
            if (id.isIntegralNumber()) {
                return OptionalLong.of(id.asLong());
            }
        }
        JsonNode callbackChat =
                update.path("callback_query").path("message").path("chat").path("id");
        return callbackChat.isIntegralNumber()
                ? OptionalLong.of(callbackChat.asLong())
                : OptionalLong.empty();
    }
}
