package id.migrasiaman.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Telegram updates mutated from real-shaped fixtures: 1–3 mutations each (drop a field, a value of
 * another type, odd text, a bad, huge or repeated update id, another chat), sometimes cut short.
 * Chats are drawn from a range no other test uses.
 */
final class UpdateMutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final AtomicLong IDS = new AtomicLong(50_000_000);

    private UpdateMutations() {}

    static Arbitrary<String> of(List<JsonNode> fixtures) {
        Arbitrary<JsonNode> base = Arbitraries.of(fixtures);
        Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, 19);
        return Combinators.combine(base, chats(), mutations, cut)
                .as(
                        (fixture, chat, changes, cutRoll) -> {
                            ObjectNode update = fixture.deepCopy();
                            update.put("update_id", IDS.incrementAndGet());
                            setChat(update, chat);
                            changes.forEach(m -> m.apply(update));
                            String json = update.toString();
                            // One in twenty is cut short, as a broken connection would leave it.
                            return cutRoll == 0 ? json.substring(0, json.length() / 2) : json;
                        });
    }

    /** One change to an update. */
    interface Mutation {
        void apply(ObjectNode update);
    }

    private static Arbitrary<Mutation> mutation() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(600);
        Arbitrary<JsonNode> odd =
                Arbitraries.oneOf(
                        text.map(NODES::textNode),
                        Arbitraries.longs().map(NODES::numberNode),
                        Arbitraries.just(NODES.nullNode()),
                        Arbitraries.just(NODES.booleanNode(true)),
                        Arbitraries.just(NODES.objectNode()),
                        Arbitraries.just(NODES.arrayNode()),
                        Arbitraries.doubles().map(NODES::numberNode));
        Arbitrary<Long> chat = chats();
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        return Arbitraries.oneOf(
                where.map(w -> u -> remove(u, w)),
                Combinators.combine(where, odd).as((w, value) -> u -> replace(u, w, value)),
                text.map(t -> u -> setText(u, t)),
                chat.map(c -> u -> setChat(u, c)),
                odd.map(value -> u -> u.set("update_id", value)),
                Arbitraries.just(u -> u.put("update_id", IDS.get() - 3)),
                Arbitraries.just(u -> u.put("update_id", Long.MAX_VALUE)));
    }

    private static Arbitrary<Long> chats() {
        return Arbitraries.longs().between(6_000_000_000L, 6_000_100_000L);
    }

    private static void remove(ObjectNode update, double where) {
        List<ObjectNode> parents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        collect(update, parents, names);
        if (!names.isEmpty()) {
            int i = (int) (where * names.size()) % names.size();
            parents.get(i).remove(names.get(i));
        }
    }

    private static void replace(ObjectNode update, double where, JsonNode value) {
        List<ObjectNode> parents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        collect(update, parents, names);
        if (!names.isEmpty()) {
            int i = (int) (where * names.size()) % names.size();
            parents.get(i).set(names.get(i), value);
        }
    }

    private static void collect(ObjectNode node, List<ObjectNode> parents, List<String> names) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            parents.add(node);
            names.add(name);
            if (node.get(name) instanceof ObjectNode child) {
                collect(child, parents, names);
            }
        }
    }

    private static void setText(ObjectNode update, String text) {
        for (JsonNode kind : update) {
            if (kind instanceof ObjectNode message && message.has("chat")) {
                message.put("text", text);
            }
        }
    }

    private static void setChat(ObjectNode update, long chat) {
        for (JsonNode kind : update) {
            if (kind instanceof ObjectNode message) {
                if (message.get("chat") instanceof ObjectNode c) {
                    c.put("id", chat);
                }
                if (message.get("message") instanceof ObjectNode inner
                        && inner.get("chat") instanceof ObjectNode c) {
                    c.put("id", chat);
                }
            }
        }
    }
}
