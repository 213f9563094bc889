package id.migrasiaman.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.safety.UrgencyScan;
import id.migrasiaman.system.Pseudonyms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The webhook's streaming read of an update ({@link UpdateHead}) decides exactly as the tree reader
 * did: the same update id, chat lane, callback query and urgency, and "not an update" or "not JSON"
 * for the same bodies; on the project's real-shaped Telegram fixtures, mutated (fields dropped,
 * values of other types, odd text, bad ids, another chat, cut short), with danger words, emergency
 * buttons and locations put in, kinds renamed, and keys repeated (where the tree keeps the last
 * value and the streaming pass hands over to the tree).
 */
class UpdateHeadPropertyTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pseudonyms PSEUDONYMS =
            new Pseudonyms("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    private static final UpdateAcceptor ACCEPTOR =
            new UpdateAcceptor(null, null, PSEUDONYMS, null, JSON);
    private static final UpdateHead HEAD = new UpdateHead(JSON, UrgencyScan.fromLexicon());
    private static final List<JsonNode> FIXTURES = fixtures();

    /** What a reader made of a body: the update, or that it was not one, or not JSON. */
    private record Outcome(
            boolean json, boolean update, long id, String lane, String callback, boolean urgent) {

        static Outcome of(Optional<UpdateAcceptor.Received> r) {
            return r.map(
                            u ->
                                    new Outcome(
                                            true,
                                            true,
                                            u.updateId(),
                                            u.lane(),
                                            u.callbackQueryId(),
                                            u.urgent()))
                    .orElse(new Outcome(true, false, 0, null, null, false));
        }

        static final Outcome NOT_JSON = new Outcome(false, false, 0, null, null, false);
    }

    private static Outcome tree(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            return Outcome.of(
                    node == null || !node.isObject()
                            ? Optional.empty()
                            : ACCEPTOR.read(node, body));
        } catch (IOException e) {
            return Outcome.NOT_JSON;
        }
    }

    private static Outcome streaming(byte[] body) {
        try {
            return Outcome.of(ACCEPTOR.read(body));
        } catch (IOException e) {
            return Outcome.NOT_JSON;
        }
    }

    @Property(tries = 2_000, seed = "20261207")
    void mutatedUpdatesAreReadAsTheTreeReadsThem(@ForAll("mutated") String update) {
        byte[] body = update.getBytes(StandardCharsets.UTF_8);
        assertThat(streaming(body)).isEqualTo(tree(body));
    }

    @Property(tries = 2_000, seed = "20261207")
    void urgentShapesAreReadAsTheTreeReadsThem(@ForAll("shaped") String update) {
        byte[] body = update.getBytes(StandardCharsets.UTF_8);
        assertThat(streaming(body)).isEqualTo(tree(body));
    }

    @Example
    void everyRealFixtureIsReadInOnePass() throws IOException {
        int urgent = 0;
        for (JsonNode fixture : FIXTURES) {
            byte[] body = JSON.writeValueAsBytes(fixture);
            UpdateHead.Head head = HEAD.read(body);
            assertThat(head).as(fixture.toString()).isNotSameAs(UpdateHead.UNSURE);
            assertThat(streaming(body)).isEqualTo(tree(body));
            urgent += head.urgent() ? 1 : 0;
        }
        // The live location and the group's location are urgent: the reader sees them.
        assertThat(urgent).isGreaterThanOrEqualTo(2);
    }

    @Example
    void aRepeatedKeyIsLeftToTheTree() throws IOException {
        String twice =
                "{\"update_id\":1,\"message\":{\"chat\":{\"id\":5},\"text\":\"tolong\","
                        + "\"text\":\"halo\"}}";
        byte[] body = twice.getBytes(StandardCharsets.UTF_8);
        assertThat(HEAD.read(body)).isSameAs(UpdateHead.UNSURE);
        Outcome read = streaming(body);
        assertThat(read).isEqualTo(tree(body));
        assertThat(read.urgent()).as("the tree keeps the last text").isFalse();
    }

    @Provide
    Arbitrary<String> mutated() {
        return UpdateMutations.of(FIXTURES);
    }

    @Provide
    Arbitrary<String> shaped() {
        Arbitrary<JsonNode> base = Arbitraries.of(FIXTURES);
        Arbitrary<String> text =
                Arbitraries.oneOf(
                        Arbitraries.of(
                                "tolong saya",
                                "Saya disekap di kapal",
                                "/darurat",
                                "/sos",
                                "help me please",
                                "mau kerja di Malaysia",
                                "halo",
                                "TAKUT sekali",
                                ""),
                        Arbitraries.strings().ofMaxLength(40));
        Arbitrary<String> data =
                Arbitraries.of("em:yes", "em:", Menus.EMERGENCY, "m:menu", "lang:id", "xem:1");
        Arbitrary<String> kind = Arbitraries.of(UpdateAcceptor.CHAT_KINDS);
        Arbitrary<Integer> change = Arbitraries.integers().between(0, 7);
        return Combinators.combine(base, text, data, kind, change)
                .as(
                        (fixture, t, d, k, c) -> {
                            ObjectNode update = fixture.deepCopy();
                            ObjectNode message = firstObject(update);
                            switch (c) {
                                case 0 -> {
                                    if (message != null) {
                                        message.put("text", t);
                                    }
                                }
                                case 1 -> {
                                    if (message != null) {
                                        message.put("caption", t);
                                    }
                                }
                                case 2 -> {
                                    if (message != null) {
                                        message.putNull("venue");
                                    }
                                }
                                case 3 -> {
                                    if (update.get("callback_query") instanceof ObjectNode q) {
                                        q.put("data", d);
                                    }
                                }
                                case 4 -> {
                                    // The same content under another kind of update.
                                    if (message != null) {
                                        update.set(k, message);
                                    }
                                }
                                case 5 -> {
                                    // A repeated key, which Jackson's tree resolves to the last.
                                    String json = update.toString();
                                    return "{\"update_id\":-1," + json.substring(1);
                                }
                                case 6 -> {
                                    String json = update.toString();
                                    int at = json.indexOf("\"chat\":{");
                                    return at < 0
                                            ? json
                                            : json.substring(0, at + 8)
                                                    + "\"id\":\"x\","
                                                    + json.substring(at + 8);
                                }
                                default -> {
                                    return update.toString() + " trailing";
                                }
                            }
                            return update.toString();
                        });
    }

    private static ObjectNode firstObject(ObjectNode update) {
        for (JsonNode value : update) {
            if (value instanceof ObjectNode o) {
                return o;
            }
        }
        return null;
    }

    private static List<JsonNode> fixtures() {
        try {
            Path dir =
                    Path.of(
                            UpdateHeadPropertyTests.class
                                    .getResource("/telegram-fixtures")
                                    .toURI());
            List<JsonNode> found = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file :
                        files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode root = JSON.readTree(Files.readString(file));
                    if (root.isArray()) {
                        root.forEach(found::add);
                    } else {
                        found.add(root);
                    }
                }
            }
            return found;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
