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
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Conversation state in the {@code conversations} collection ({@link ConversationDocuments}), with
 * a bounded Caffeine cache in front. Saves are conditional on the version read, so two instances
 * cannot overwrite each other. A save may carry its turn (source key and replies) in the same
 * document, the record that lets a message delivered again be answered without being handled twice.
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
                        state.active(),
                        state.recall(),
                        state.version() + 1,
                        state.updatedAt(),
                        state.languageSet(),
                        state.whereabouts(),
                        state.whereaboutsAt());
        boolean inserted = state.version() == 0;
        var filter =
                inserted
                        ? eq("_id", state.id())
                        : and(eq("_id", state.id()), eq("version", state.version()));
        Document document = ConversationDocuments.toDocument(next);
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

    private static Stored fromDocument(Document d) {
        ConversationState state = ConversationDocuments.fromDocument(d);
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
