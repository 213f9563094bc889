package id.migrasiaman.store;

import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.flows.Recall;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;

/**
 * A conversation state as its document in {@code conversations}: the active flow as a typed
 * subdocument under {@code flow} ({@link FlowDocuments}) and the recalled topic or offer under
 * {@code recall}. A document in the old form (a {@code flow} name with {@code step} and a {@code
 * data} map of strings) is converted when read ({@link LegacyFlows}).
 */
final class ConversationDocuments {

    /** Where a stored state keeps its active flow (a subdocument; a name in the old form). */
    static final String FLOW = "flow";

    static final String RECALL = "recall";

    /** The country the person said they are in (a hotline code), empty when never said. */
    static final String WHEREABOUTS = "whereabouts";

    /** When the person said so; absent in documents stored before the time was kept. */
    static final String WHEREABOUTS_AT = "whereaboutsAt";

    private ConversationDocuments() {}

    static Document toDocument(ConversationState s) {
        return new Document("_id", s.id())
                .append("language", s.language())
                .append(FLOW, FlowDocuments.toDocument(s.active()))
                .append(RECALL, recall(s.recall()))
                .append("version", s.version())
                .append("updatedAt", Date.from(s.updatedAt()))
                .append("languageSet", s.languageSet())
                .append(WHEREABOUTS, s.whereabouts())
                .append(
                        WHEREABOUTS_AT,
                        s.whereaboutsAt() == null ? null : Date.from(s.whereaboutsAt()));
    }

    static ConversationState fromDocument(Document d) {
        Object flow = d.get(FLOW);
        ConversationState typed =
                new ConversationState(
                        d.getString("_id"),
                        d.getString("language"),
                        flow instanceof Document sub ? FlowDocuments.fromDocument(sub) : null,
                        recall(d.get(RECALL, Document.class)),
                        d.get("version", Number.class).longValue(),
                        d.getDate("updatedAt").toInstant(),
                        // Stored before the field existed: settled, as it was then.
                        d.getBoolean("languageSet", true),
                        d.getString(WHEREABOUTS),
                        d.getDate(WHEREABOUTS_AT) == null
                                ? null
                                : d.getDate(WHEREABOUTS_AT).toInstant());
        if (flow instanceof Document || !d.containsKey("data")) {
            return typed;
        }
        // The old form: flow and step names with a flat map of strings.
        Map<String, String> data = new HashMap<>();
        Document old = d.get("data", Document.class);
        if (old != null) {
            old.forEach((k, v) -> data.put(k, String.valueOf(v)));
        }
        return new ConversationState(
                typed.id(),
                typed.language(),
                LegacyFlows.flow(
                        flow instanceof String name ? name : null, d.getString("step"), data),
                typed.recall() != null ? typed.recall() : LegacyFlows.recall(data),
                typed.version(),
                typed.updatedAt(),
                typed.languageSet(),
                typed.whereabouts(),
                typed.whereaboutsAt());
    }

    private static Document recall(Recall r) {
        if (r == null) {
            return null;
        }
        Document d =
                new Document("kind", r.kind().name())
                        .append("topic", r.topicId())
                        .append("question", r.question())
                        .append("at", Date.from(r.at()));
        // Kept only while there is one, so the retention job can drop it on its own.
        if (!r.offer().isEmpty()) {
            d.append("offer", r.offer());
        }
        return d;
    }

    private static Recall recall(Document d) {
        if (d == null || d.getDate("at") == null) {
            return null;
        }
        try {
            return new Recall(
                    Recall.Kind.valueOf(d.getString("kind")),
                    d.getString("topic"),
                    d.getString("question"),
                    d.getString("offer"),
                    d.getDate("at").toInstant());
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
