package id.migrasiaman.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.ConversationStates;
import id.migrasiaman.conversation.Reply;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Conversation state in the {@code conversations} collection, with a bounded Caffeine cache in
 * front. Saves are conditional on the version read, so two instances cannot overwrite each other. A
 * save may carry its turn (source key and replies) in the same document, the record that lets a
 * message delivered again be answered without being handled twice.
 */
@Repository
class MongoConversationStates implements ConversationStates {

    private final MongoCollection<Document> collection;
    private final Cache<String, Stored> cache =
            Caffeine.newBuilder()
                    .maximumSize(20_000)
                    .expireAfterAccess(Duration.ofMinutes(30))
                    .build();

    MongoConversationStates(MongoDatabase database) {
        this.collection = database.getCollection("conversations");
        // The conditional save looks a conversation up by id and version: the embedded server
        // uses an index only for exactly its keys, and would otherwise scan every conversation.
        collection.createIndex(
                Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
    }

    /** A stored state and the last turn saved with it (null source when none). */
    private record Stored(ConversationState state, String source, List<Reply> replies) {}

    @Override
    public Optional<ConversationState> find(String conversationId) {
        return stored(conversationId).map(Stored::state);
    }

    @Override
    public Optional<List<Reply>> repliesOf(String conversationId, String sourceKey) {
        return stored(conversationId)
                .filter(s -> sourceKey.equals(s.source()))
                .map(Stored::replies);
    }

    @Override
    public void forget(String conversationId) {
        cache.invalidate(conversationId);
    }

    /** Drops the cached state of {@code conversationId} (changed in the database by a job). */
    void evict(String conversationId) {
        cache.invalidate(conversationId);
    }

    @Override
    public ConversationState save(ConversationState state) {
        return save(state, null, List.of());
    }

    @Override
    public ConversationState save(ConversationState state, String sourceKey, List<Reply> replies) {
        ConversationState next =
                new ConversationState(
                        state.id(),
                        state.language(),
                        state.flow(),
                        state.step(),
                        state.data(),
                        state.version() + 1,
                        state.updatedAt());
        boolean inserted = state.version() == 0;
        var filter =
                inserted
                        ? eq("_id", state.id())
                        : and(eq("_id", state.id()), eq("version", state.version()));
        Document document = toDocument(next);
        if (sourceKey != null) {
            document.append(
                    "turn",
                    new Document("source", sourceKey)
                            .append("replies", StoredReplies.toDocuments(replies)));
        }
        var result = collection.replaceOne(filter, document, new ReplaceOptions().upsert(inserted));
        if (!inserted && result.getMatchedCount() == 0) {
            cache.invalidate(state.id());
            throw new ConcurrentUpdateException(state.id());
        }
        cache.put(state.id(), new Stored(next, sourceKey, List.copyOf(replies)));
        return next;
    }

    private Optional<Stored> stored(String conversationId) {
        Stored cached = cache.getIfPresent(conversationId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Stored> stored =
                Optional.ofNullable(collection.find(eq("_id", conversationId)).first())
                        .map(MongoConversationStates::fromDocument);
        stored.ifPresent(s -> cache.put(conversationId, s));
        return stored;
    }

    private static Document toDocument(ConversationState s) {
        return new Document("_id", s.id())
                .append("language", s.language())
                .append("flow", s.flow())
                .append("step", s.step())
                .append("data", new Document(new HashMap<>(s.data())))
                .append("version", s.version())
                .append("updatedAt", Date.from(s.updatedAt()));
    }

    private static Stored fromDocument(Document d) {
        Document data = d.get("data", Document.class);
        Map<String, String> values = new HashMap<>();
        if (data != null) {
            data.forEach((k, v) -> values.put(k, String.valueOf(v)));
        }
        ConversationState state =
                new ConversationState(
                        d.getString("_id"),
                        d.getString("language"),
                        d.getString("flow"),
                        d.getString("step"),
                        values,
                        d.get("version", Number.class).longValue(),
                        d.getDate("updatedAt").toInstant());
        Document turn = d.get("turn", Document.class);
        if (turn == null) {
            return new Stored(state, null, List.of());
        }
        return new Stored(
                state,
                turn.getString("source"),
                StoredReplies.fromDocuments(turn.getList("replies", Document.class, List.of())));
    }

    /** Another instance changed the conversation since it was read. */
    static final class ConcurrentUpdateException extends RuntimeException {
        ConcurrentUpdateException(String id) {
            super("conversation changed concurrently");
        }
    }
}
