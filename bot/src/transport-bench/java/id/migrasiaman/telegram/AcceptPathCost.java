package id.migrasiaman.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.migrasiaman.safety.UrgencyScan;
import id.migrasiaman.system.Pseudonyms;
import id.migrasiaman.system.Sealer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time and allocation per update of the webhook's read of a body (the streaming pass with its
 * urgency scan) and of the urgency scan alone, on one thread, counted by the thread's own CPU
 * clock and allocation counter: figures that depend little on how loaded the machine is. Reads
 * the project's Telegram fixtures; run it against two builds' classes to compare them.
 */
public final class AcceptPathCost {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AcceptPathCost() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/telegram-fixtures");
        int rounds = Integer.getInteger("cost.rounds", 20_000);
        List<byte[]> bodies = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        collect(dir, bodies, texts);
        UpdateAcceptor acceptor =
                new UpdateAcceptor(
                        null,
                        null,
                        new Pseudonyms("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8)),
                        null,
                        JSON);
        UrgencyScan scan = UrgencyScan.fromLexicon();
        Sealer sealer = new Sealer(new byte[32]);
        System.out.printf("%d bodies, %d texts (%d chars)%n", bodies.size(), texts.size(),
                texts.stream().mapToInt(String::length).sum());
        for (int pass = 1; pass <= 3; pass++) {
            measure("read (streaming pass + scan + lane)", bodies.size(), rounds, () -> {
                int n = 0;
                for (byte[] b : bodies) {
                    n += acceptor.read(b).isPresent() ? 1 : 0;
                }
                return n;
            });
            measure("seal (AES-GCM of the body)", bodies.size(), rounds, () -> {
                int n = 0;
                for (byte[] b : bodies) {
                    n += sealer.seal(b).length;
                }
                return n;
            });
            measure("urgency scan alone, per body", bodies.size(), rounds, () -> {
                int n = 0;
                for (String t : texts) {
                    n += scan.mayBeUrgent(t) ? 1 : 0;
                }
                return n;
            });
        }
    }

    private interface Work {
        int run() throws Exception;
    }

    private static void measure(String what, int per, int rounds, Work work) throws Exception {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long sink = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long alloc0 = threads.getThreadAllocatedBytes(id);
        for (int r = 0; r < rounds; r++) {
            sink += work.run();
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long alloc = threads.getThreadAllocatedBytes(id) - alloc0;
        double n = (double) per * rounds;
        System.out.printf("%-40s %8.3f us CPU  %9.1f bytes per body  (sink %d)%n",
                what, cpu / n / 1000, alloc / n, sink);
    }

    private static void collect(Path dir, List<byte[]> bodies, List<String> texts) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = JSON.readTree(Files.readString(file));
                for (JsonNode u : root.isArray() ? root : List.of(root)) {
                    if (u.isObject() && u.has("update_id")) {
                        bodies.add(JSON.writeValueAsBytes(u));
                        u.findValues("text").forEach(t -> add(texts, t));
                        u.findValues("caption").forEach(t -> add(texts, t));
                    }
                }
            }
        }
    }

    private static void add(List<String> texts, JsonNode t) {
        if (t.isTextual()) {
            texts.add(t.asText());
        }
    }
}
