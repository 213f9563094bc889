package id.migrasiaman.telegram.outbound;

import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * What Telegram told us about one chat, kept in MongoDB so every instance honours it.
 *
 * @param blocked the user blocked the bot (403) or removed it: nothing is sent until they write
 * @param pausedUntil a 429's {@code retry_after} for this chat
 * @param tokens the pacing bucket's tokens (see {@link ChatPacing})
 * @param refilledAt when {@code tokens} was last brought up to date
 * @param lastSentAt the last message sent to this chat
 */
public record ChatState(
        boolean blocked,
        Instant pausedUntil,
        double tokens,
        Instant refilledAt,
        Instant lastSentAt) {

    /** A chat we have not sent to yet: a full bucket. */
    static final ChatState NEW =
            new ChatState(false, Instant.EPOCH, -1, Instant.EPOCH, Instant.EPOCH);

    static ChatState of(Document d) {
        return new ChatState(
                d.getBoolean("blocked", false),
                instant(d, "pausedUntil"),
                d.get("tokens") == null ? -1 : d.get("tokens", Number.class).doubleValue(),
                instant(d, "refilledAt"),
                instant(d, "lastSentAt"));
    }

    ChatState blocked(boolean value) {
        return new ChatState(value, pausedUntil, tokens, refilledAt, lastSentAt);
    }

    ChatState pausedUntil(Instant until) {
        return new ChatState(blocked, until, tokens, refilledAt, lastSentAt);
    }

    ChatState paced(double newTokens, Instant at) {
        return new ChatState(blocked, pausedUntil, newTokens, at, at);
    }

    List<Bson> updates() {
        return List.of(
                Updates.set("blocked", blocked),
                Updates.set("pausedUntil", Date.from(pausedUntil)),
                Updates.set("tokens", tokens),
                Updates.set("refilledAt", Date.from(refilledAt)),
                Updates.set("lastSentAt", Date.from(lastSentAt)));
    }

    /** The pacing fields only (tokens, refilledAt, lastSentAt). */
    List<Bson> pacingUpdates() {
        return List.of(
                Updates.set("tokens", tokens),
                Updates.set("refilledAt", Date.from(refilledAt)),
                Updates.set("lastSentAt", Date.from(lastSentAt)));
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? Instant.EPOCH : date.toInstant();
    }
}
