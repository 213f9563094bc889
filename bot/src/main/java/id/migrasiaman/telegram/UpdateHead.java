package id.migrasiaman.telegram;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.safety.UrgencyScan;
import java.io.IOException;
import java.nio.CharBuffer;

/**
 * What intake needs of an update, read in one streaming pass over its JSON instead of building a
 * tree of the whole update (the webhook's largest own cost after the socket): the update id, the
 * chat id, the callback query's id, and whether it may be urgent. It decides exactly as the tree
 * reader ({@link UpdateAcceptor#read(com.fasterxml.jackson.databind.JsonNode, byte[])} with {@link
 * UpdateUrgency}) does: the chat of the first kind in {@link UpdateAcceptor#CHAT_KINDS}' order that
 * has an integral {@code chat.id}, else the callback query's message's chat; urgent from the texts,
 * captions, locations and venues of the message kinds, else the callback data. A document it cannot
 * be sure of in one pass (a key that appears twice where it looks: the tree keeps the last one)
 * gives {@link #UNSURE}, and the caller reads the tree instead. Property-tested against the tree
 * reader on mutated real-shaped updates ({@code UpdateHeadPropertyTests}).
 */
final class UpdateHead {

    /** The update's head as read. */
    record Head(
            long updateId, boolean hasChat, long chatId, String callbackQueryId, boolean urgent) {}

    /** Not an update: no object, or no usable update id. */
    static final Head NONE = new Head(-1, false, 0, null, false);

    /** Read it as a tree instead (a repeated key where it matters). */
    static final Head UNSURE = new Head(-2, false, 0, null, false);

    private static final int UPDATE_ID = 0;
    private static final int CALLBACK = 1;

    /** Root bits of the chat kinds start here, in {@link UpdateAcceptor#CHAT_KINDS}' order. */
    private static final int KINDS = 2;

    private static final int KIND_COUNT = UpdateAcceptor.CHAT_KINDS.size();

    /** Which chat kinds are message kinds (their texts, captions and locations count). */
    private static final boolean[] MESSAGE_KIND = new boolean[KIND_COUNT];

    static {
        for (int i = 0; i < KIND_COUNT; i++) {
            MESSAGE_KIND[i] = UpdateUrgency.isMessageKind(UpdateAcceptor.CHAT_KINDS.get(i));
        }
    }

    private final ObjectMapper json;
    private final UrgencyScan scan;

    UpdateHead(ObjectMapper json, UrgencyScan scan) {
        this.json = json;
        this.scan = scan;
    }

    /** The head of {@code body}; {@link #NONE} or {@link #UNSURE} as above. */
    Head read(byte[] body) throws IOException {
        try (JsonParser p = json.createParser(body)) {
            return new Pass(p).root();
        }
    }

    /** One pass: its findings, so that the reader itself holds no state between calls. */
    private final class Pass {

        private final JsonParser p;
        private boolean unsure;
        private boolean idValid;
        private long updateId;
        private final long[] chatOfKind = new long[KIND_COUNT];
        private int kindsWithChat;
        private boolean callbackChatFound;
        private long callbackChat;
        private String callbackId;
        private String callbackData;
        private boolean messageUrgent;

        Pass(JsonParser p) {
            this.p = p;
        }

        Head root() throws IOException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return NONE;
            }
            int seen = 0;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                int bit = rootBit(name);
                seen = note(seen, bit);
                if (bit == UPDATE_ID) {
                    updateId(value);
                } else if (bit == CALLBACK && value == JsonToken.START_OBJECT) {
                    callback();
                } else if (bit >= KINDS && value == JsonToken.START_OBJECT) {
                    kind(bit - KINDS);
                } else {
                    p.skipChildren();
                }
                if (unsure) {
                    return UNSURE;
                }
            }
            if (!p.hasToken(JsonToken.END_OBJECT)) {
                throw new IOException("not a JSON object");
            }
            if (!idValid) {
                return NONE;
            }
            boolean hasChat = false;
            long chat = 0;
            for (int i = 0; i < KIND_COUNT; i++) {
                if ((kindsWithChat & (1 << i)) != 0) {
                    hasChat = true;
                    chat = chatOfKind[i];
                    break;
                }
            }
            if (!hasChat && callbackChatFound) {
                hasChat = true;
                chat = callbackChat;
            }
            boolean urgent =
                    hasChat
                            && (messageUrgent
                                    || (callbackData != null
                                            && (callbackData.startsWith(UpdateUrgency.ALARM_BUTTONS)
                                                    || callbackData.equals(Menus.EMERGENCY))));
            return new Head(updateId, hasChat, chat, callbackId, urgent);
        }

        private void updateId(JsonToken value) throws IOException {
            idValid = false;
            if (value == JsonToken.VALUE_NUMBER_INT
                    && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                long id = p.getLongValue();
                if (id >= 0) {
                    idValid = true;
                    updateId = id;
                }
            } else {
                p.skipChildren();
            }
        }

        /**
         * {@code seen} with key {@code bit} (none if negative) added; a key seen before makes the
         * pass unsure (its result is then dropped, so it may go on reading as usual).
         */
        private int note(int seen, int bit) {
            if (bit < 0) {
                return seen;
            }
            if ((seen & (1 << bit)) != 0) {
                unsure = true;
            }
            return seen | 1 << bit;
        }

        /** The object of chat kind {@code kind} (the parser is on its start). */
        private void kind(int kind) throws IOException {
            boolean message = MESSAGE_KIND[kind];
            int seen = 0;
            boolean urgent = false;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                int bit = messageBit(name);
                seen = note(seen, bit);
                if (bit == 0 && value == JsonToken.START_OBJECT) {
                    OptionalId id = chatId();
                    if (id.found) {
                        chatOfKind[kind] = id.value;
                        kindsWithChat |= 1 << kind;
                    }
                } else if (message && (bit == 1 || bit == 2)) {
                    if (value == JsonToken.VALUE_STRING && !urgent) {
                        urgent =
                                scan.mayBeUrgent(
                                        CharBuffer.wrap(
                                                p.getTextCharacters(),
                                                p.getTextOffset(),
                                                p.getTextLength()));
                    }
                    p.skipChildren();
                } else {
                    if (message && (bit == 3 || bit == 4)) {
                        urgent = true;
                    }
                    p.skipChildren();
                }
            }
            if (urgent) {
                messageUrgent = true;
            }
        }

        /** The callback query (the parser is on its start). */
        private void callback() throws IOException {
            int seen = 0;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                int bit =
                        switch (name) {
                            case "id" -> 0;
                            case "data" -> 1;
                            case "message" -> 2;
                            default -> -1;
                        };
                seen = note(seen, bit);
                if (bit == 0 && value == JsonToken.VALUE_STRING) {
                    callbackId = p.getText();
                } else if (bit == 1 && value == JsonToken.VALUE_STRING) {
                    callbackData = p.getText();
                } else if (bit == 2 && value == JsonToken.START_OBJECT) {
                    callbackMessage();
                } else {
                    p.skipChildren();
                }
            }
        }

        private void callbackMessage() throws IOException {
            boolean seenChat = false;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("chat".equals(name)) {
                    if (seenChat) {
                        unsure = true;
                        p.skipChildren();
                        continue;
                    }
                    seenChat = true;
                    if (value == JsonToken.START_OBJECT) {
                        OptionalId id = chatId();
                        if (id.found) {
                            callbackChatFound = true;
                            callbackChat = id.value;
                        }
                        continue;
                    }
                }
                p.skipChildren();
            }
        }

        /** The integral {@code id} of the chat object the parser is on the start of. */
        private OptionalId chatId() throws IOException {
            OptionalId found = OptionalId.ABSENT;
            boolean seen = false;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("id".equals(name)) {
                    if (seen) {
                        unsure = true;
                    }
                    seen = true;
                    if (value == JsonToken.VALUE_NUMBER_INT) {
                        // As the tree's asLong(): a number beyond a long keeps its low 64 bits.
                        long id =
                                p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                                        ? p.getBigIntegerValue().longValue()
                                        : p.getLongValue();
                        found = new OptionalId(true, id);
                        continue;
                    }
                }
                p.skipChildren();
            }
            return found;
        }
    }

    private record OptionalId(boolean found, long value) {
        static final OptionalId ABSENT = new OptionalId(false, 0);
    }

    private static int rootBit(String name) {
        if ("update_id".equals(name)) {
            return UPDATE_ID;
        }
        if ("callback_query".equals(name)) {
            return CALLBACK;
        }
        int kind = UpdateAcceptor.CHAT_KINDS.indexOf(name);
        return kind < 0 ? -1 : KINDS + kind;
    }

    /** chat 0, text 1, caption 2, location 3, venue 4. */
    private static int messageBit(String name) {
        return switch (name) {
            case "chat" -> 0;
            case "text" -> 1;
            case "caption" -> 2;
            case "location" -> 3;
            case "venue" -> 4;
            default -> -1;
        };
    }
}
