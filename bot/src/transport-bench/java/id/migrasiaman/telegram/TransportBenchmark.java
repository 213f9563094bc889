package id.migrasiaman.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;

/**
 * The transport benchmark (profile {@code transport-bench}, not part of {@code verify}): the bot in
 * its own JVM ({@code -Xmx256m}, webhook mode, embedded MongoDB on a file with real fsyncs), a fake
 * Bot API answering in 20-60 ms, and a load generator posting realistic updates over thousands of
 * chats beside {@code GET /ping} of the same server. Prints a Markdown summary and writes it to
 * {@code target/transport-bench.md}.
 */
public final class TransportBenchmark {

    private static final Pattern HEAP = Pattern.compile("jvm_memory_used_bytes\\{area=\"heap\"[^}]*} ([0-9.E+]+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        int chats = Integer.getInteger("bench.chats", 3000);
        Duration phase = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
        Path data = Files.createTempDirectory("transport-bench");
        FakeBotApi api = new FakeBotApi();
        api.server().stubFor(post(FakeBotApi.method("sendMessage")).willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1700000000,\"chat\":{\"id\":1,\"type\":\"private\"}}}").withUniformRandomDelay(20, 60)));
        StringBuilder out = new StringBuilder();
        long started = System.nanoTime();
        Map<String, String> settings = new java.util.HashMap<>(Map.of(
                "migrasi.transport.global-per-second", "1000",
                "migrasi.transport.burst-share", System.getProperty("bench.share", "0.1"),
                "migrasi.transport.private-burst", "3",
                "migrasi.transport.private-interval", "1s",
                "migrasi.telegram.staff-chat-id", "-100999"));
        // -Dbench.external=true: the store in another process (this one), reached by MONGODB_URI,
        // as in production; otherwise the bot's own in-process embedded server.
        boolean external = Boolean.getBoolean("bench.external");
        // The actuator on a port of its own (open metrics, as MANAGEMENT_SERVER_PORT in production):
        // on the main port /actuator/prometheus needs a console sign-in, and the heap samples and
        // the drain's counters came back empty.
        int metricsPort = ChildBot.freePort();
        settings.put("management.server.port", String.valueOf(metricsPort));
        int storePort = ChildBot.freePort();
        id.migrasiaman.store.EmbeddedMongo store = external ? id.migrasiaman.store.EmbeddedMongo.onFile(data.resolve("mongo"), storePort) : null;
        if (external) {
            settings.put("migrasi.store.uri", "mongodb://127.0.0.1:" + storePort + "/");
        }
        // -Dbench.launch=classpath: the main class on the test classpath (as the tests start it);
        // otherwise as the Dockerfile does (extracted jar, CDS archive), made before the clock starts.
        boolean asDocker = !"classpath".equals(System.getProperty("bench.launch"));
        List<String> launcher = asDocker ? DockerLaunch.launcher() : List.of();
        started = System.nanoTime();
        ChildBot bot = new ChildBot(data.resolve(data.getFileName().toString()), api.url(), settings).launchedWith(launcher).start();
        double ready = (System.nanoTime() - started) / 1e9;
        double readyCpu = bot.cpu().toMillis() / 1000.0;
        int port = bot.httpPort();
        List<Double> heap = Collections.synchronizedList(new ArrayList<>());
        Thread sampler = heapSampler(metricsPort, heap);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + (external ? storePort : bot.mongoPort()))) {
            MongoDatabase db = client.getDatabase("migrasi");
            line(out, "Machine: %d vCPU (%s), %s, shared with other builds; bot -Xmx256m, load generator and fake Bot API on the same machine.",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"), System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
            line(out, "Topology: %s; burst share %s (0: handling and relay paused while the burst lasts, the accept path alone).",
                    external ? "MONGODB_URI to a store in another process (mongo-java-server on an H2 file in the load generator's JVM, same machine)" : "the bot's own in-process embedded MongoDB (no MONGODB_URI)",
                    System.getProperty("bench.share", "0.1"));
            line(out, "Start to ready (process start to /ping ok, %s): %.1f s, the bot's CPU time by then %.1f s (load average %.1f)",
                    asDocker ? "started as the Dockerfile does: extracted jar, -XX:SharedArchiveFile" : "main class on the test classpath", ready, readyCpu, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (Boolean.getBoolean("bench.startOnly")) {
                // The start figure alone (-Dbench.launch=classpath or docker, alternated by hand).
                return;
            }
            int warmAccepted = warmUp(out, port, metricsPort, db);

            List<String> updates = LoadUpdates.generate(1_000_000, chats, 14);
            // Pre-serialised, so the generator spends its CPU on sending, not on building requests.
            List<byte[]> requests = updates.stream().map(u -> LoadRun.webhook(port, u)).toList();
            byte[] pingRequest = LoadRun.ping(port);
            Duration cpu0 = bot.cpu();
            long own0 = ownCpuNanos();
            LoadRun.Result ping = LoadRun.run("ping", 32, port, phase, i -> pingRequest);
            Duration cpu1 = bot.cpu();
            long own1 = ownCpuNanos();
            // A quiet chat's emergency in the middle of the burst, timed from accept to its reply.
            long[] midEmergency = {-1};
            Thread mid = new Thread(() -> {
                try {
                    Thread.sleep(phase.toMillis() / 2);
                    String emergency = LoadUpdates.emergency(2_000_003);
                    midEmergency[0] = Scripts.updateId(emergency);
                    HTTP.send(LoadRun.webhookRequest(port, emergency), HttpResponse.BodyHandlers.discarding());
                } catch (Exception e) {
                    midEmergency[0] = -1;
                }
            }, "mid-emergency");
            mid.start();
            Date webhookStart = new Date();
            ThreadCpu threads0 = ThreadCpu.of(bot.pid());
            LoadRun.Result webhook =
                    LoadRun.run("webhook", 32, port, phase, i -> i < requests.size() ? requests.get(i) : null);
            long loadEnd = System.nanoTime();
            long finishedAtLoadEnd = InboxDrain.finished(metricsPort);
            mid.join();
            Date webhookEnd = new Date();
            ThreadCpu threads1 = ThreadCpu.of(bot.pid());
            Duration cpu2 = bot.cpu();
            long own2 = ownCpuNanos();
            line(out, "Webhook phase (wall clock, for a JFR recording's samples): %s to %s", webhookStart.toInstant(), webhookEnd.toInstant());
            line(out, "Load average (1 min) at the end of the webhook phase: %.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            line(out, "Bot CPU per request: /ping %.2f ms (%.0f %% of one core over the phase), webhook %.2f ms (%.0f %%): the cost the 2 cores must pay, whatever else runs on them.",
                    cpuMillis(cpu0, cpu1) / ping.requests(), 100 * cpuMillis(cpu0, cpu1) / 1000 / ping.seconds(),
                    cpuMillis(cpu1, cpu2) / webhook.requests(), 100 * cpuMillis(cpu1, cpu2) / 1000 / webhook.seconds());
            line(out, "Load generator's own CPU per request (this JVM, fake Bot API included): /ping %.2f ms, webhook %.2f ms; its share of all CPU used in the phase (bot + generator): /ping %.0f %%, webhook %.0f %%.",
                    (own1 - own0) / 1e6 / ping.requests(), (own2 - own1) / 1e6 / webhook.requests(),
                    100.0 * (own1 - own0) / (own1 - own0 + cpuMillis(cpu0, cpu1) * 1e6),
                    100.0 * (own2 - own1) / (own2 - own1 + cpuMillis(cpu1, cpu2) * 1e6));
            behind(out, db, webhookStart, webhookEnd, webhook.requests());
            line(out, "Bot CPU by thread in the webhook phase (USER_HZ ticks as seconds): %s", threads1.since(threads0, 10));
            int posted = webhook.requests();
            List<String> rest = updates.subList(Math.min(posted, updates.size()), updates.size());
            LoadRun.Result mixedPing = LoadRun.run("ping+", 8, port, Duration.ofSeconds(10), i -> pingRequest);
            table(out, ping, webhook, mixedPing);
            // Every accepted update handled: the inbox drained (also in quick runs).
            long target = warmAccepted + webhook.ok() + (midEmergency[0] >= 0 ? 1 : 0);
            ThreadCpu drain0 = ThreadCpu.of(bot.pid());
            Duration drainCpu0 = bot.cpu();
            long drainOwn0 = ownCpuNanos();
            long drainFinished0 = InboxDrain.finished(metricsPort);
            long drainCommands0 = InboxDrain.commands(metricsPort);
            InboxDrain.Result drained = InboxDrain.await(metricsPort, db, target, loadEnd, finishedAtLoadEnd,
                    Duration.ofSeconds(Long.getLong("bench.drainSeconds", 900)), Duration.ofSeconds(1));
            long pending = InboxDrain.pending(db);
            line(out, "Inbox drain after the webhook phase: %s %.1f s after the load stopped; handling throughput %.0f updates handled/s over the drain (%d updates; load average %.1f at its end); not handled: %d (still pending in the inbox: %d); set aside (poison, by reason): %s.",
                    drained.left() == 0 ? "every accepted update handled" : "NOT drained within the cap,",
                    drained.seconds(), drained.perSecond(), drained.handled(), load(), drained.left(), pending,
                    drained.setAside().isEmpty() ? "none" : drained.setAside());
            long drainHandled = InboxDrain.finished(metricsPort) - drainFinished0;
            long drainCommands = InboxDrain.commands(metricsPort) - drainCommands0;
            // Load-independent figures of the drain: the bot's CPU per update handled and where it
            // went, and its round trips to MongoDB (the replies' sending included).
            line(out, "Drain CPU: bot %.1f ms per update handled (%d handled while measured; %s round trips to MongoDB per update handled, sending included), load generator and fake Bot API %.1f ms; bot CPU by thread: %s",
                    cpuMillis(drainCpu0, bot.cpu()) / Math.max(1, drainHandled), drainHandled,
                    drainCommands0 < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", (double) drainCommands / Math.max(1, drainHandled)),
                    (ownCpuNanos() - drainOwn0) / 1e6 / Math.max(1, drainHandled), ThreadCpu.of(bot.pid()).since(drain0, 12));
            latencies(out, db, webhookStart);
            line(out, "Send window (request out to sent mark on disk; a kill -9 inside it sends the message again after the restart): %s", InboxDrain.sendWindow(metricsPort));
            if (Boolean.getBoolean("bench.quick")) {
                // For profiling runs: the accept figures and the inbox drain; no outbound drain, no flood.
                return;
            }
            long drainStart = System.nanoTime();
            awaitDrained(db, Duration.ofMinutes(30));
            line(out, "All %d accepted updates handled and their replies sent %.0f s after the inbox drained.", posted, (System.nanoTime() - drainStart) / 1e9);
            latencies(out, db, webhookStart);
            if (midEmergency[0] >= 0) {
                line(out, "A quiet chat's emergency sent in the middle of the webhook phase (3,000 busy chats) was answered %s after it was accepted.", answeredAfter(db, midEmergency[0], Duration.ofSeconds(1)));
            }
            flood(out, port, db);
            line(out, "Heap used (max of 1 s samples during the run): %.0f MB of 256 MB", heap.stream().mapToDouble(d -> d).max().orElse(0) / 1e6);
            line(out, "Updates not posted (the phase ended first): %d of %d generated", rest.size(), updates.size());
        } finally {
            sampler.interrupt();
            bot.stop();
            api.stop();
            if (store != null) {
                store.close();
            }
            System.out.println(out);
        }
        Path report = Path.of("target", "transport-bench.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out.toString());
    }

    /**
     * Brings the bot to a steady state before anything is measured: the webhook path at the
     * phase's width until the JIT has compiled it (a 10-s warm-up of 960 updates left the accept
     * path below C2's thresholds, so the webhook phase paid for compiling it: the C2 compiler was
     * the largest item of the phase's CPU), then every warm-up update handled, so that handling,
     * relay and sending are compiled too, as in a bot that has been running. Other chats than the
     * phase's; {@code -Dbench.warmSeconds=0} for the old short warm-up.
     */
    private static int warmUp(StringBuilder out, int port, int metrics, MongoDatabase db) throws Exception {
        long seconds = Long.getLong("bench.warmSeconds", 20);
        if (seconds <= 0) {
            List<String> warm = LoadUpdates.generate(900_000, 200, 1);
            LoadRun.Result posted = LoadRun.run("warm-up", 16, port, Duration.ofSeconds(10), i -> i < warm.size() ? LoadRun.webhook(port, warm.get(i)) : LoadRun.ping(port));
            line(out, "Warm-up: 10 s, %d updates and pings (the short warm-up).", warm.size());
            return Math.min(warm.size(), posted.ok());
        }
        List<byte[]> warm = LoadUpdates.generate(900_000, 4_000, 1).stream().map(u -> LoadRun.webhook(port, u)).toList();
        byte[] ping = LoadRun.ping(port);
        LoadRun.Result posted = LoadRun.run("warm-up", 32, port, Duration.ofSeconds(seconds), i -> i < warm.size() ? warm.get(i) : null);
        long loadEnd = System.nanoTime();
        long before = InboxDrain.finished(metrics);
        LoadRun.run("warm-up-ping", 32, port, Duration.ofSeconds(5), i -> ping);
        InboxDrain.Result drained = InboxDrain.await(metrics, db, posted.ok(), loadEnd, before,
                Duration.ofSeconds(Long.getLong("bench.warmDrainSeconds", 600)), Duration.ofSeconds(1));
        line(out, "Warm-up: %d updates of 4,000 other chats at 32 connections (%.1f s), then 5 s of /ping; %s %.0f s after the load stopped, %.0f updates handled/s (load average %.1f; the replies still being sent go on during the phases, paced per chat).",
                posted.ok(), posted.seconds(), drained.left() == 0 ? "all handled" : drained.left() + " still unhandled", drained.seconds(), drained.perSecond(), load());
        return posted.ok();
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void table(StringBuilder out, LoadRun.Result ping, LoadRun.Result webhook, LoadRun.Result mixedPing) {
        line(out, "");
        line(out, "| phase (32 connections) | requests/s | p50 ms | p95 ms | p99 ms | statuses |");
        line(out, "|---|---|---|---|---|---|");
        for (LoadRun.Result r : List.of(ping, webhook)) {
            line(out, "| %s alone | %.0f | %.1f | %.1f | %.1f | %s |", r.name(), r.perSecond(), r.percentileMillis(50), r.percentileMillis(95), r.percentileMillis(99), r.statuses());
        }
        line(out, "| ping (8 connections) while the backlog is handled | %.0f | %.1f | %.1f | %.1f | %s |", mixedPing.perSecond(), mixedPing.percentileMillis(50), mixedPing.percentileMillis(95), mixedPing.percentileMillis(99), mixedPing.statuses());
        line(out, "");
        line(out, "Accepted updates/s = %.0f, %.0f %% of /ping's throughput in the same run.", webhook.perSecond(), 100 * webhook.perSecond() / ping.perSecond());
    }

    private static void awaitDrained(MongoDatabase db, Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < end) {
            long pending = db.getCollection("telegram_inbox").countDocuments(new Document("status", "PENDING"))
                    + db.getCollection("telegram_outbound").countDocuments(new Document("status", "PENDING"));
            if (pending == 0) {
                return;
            }
            Thread.sleep(2_000);
        }
        throw new IllegalStateException("not drained within " + max);
    }

    /**
     * Accept to handled (inbox) and accept to first reply sent (outbound) of the updates accepted
     * since {@code from}, from the bot's own timestamps.
     */
    private static void latencies(StringBuilder out, MongoDatabase db, Date from) {
        MongoCollection<Document> inbox = db.getCollection("telegram_inbox");
        MongoCollection<Document> outbound = db.getCollection("telegram_outbound");
        List<Long> handled = new ArrayList<>();
        Map<Long, Long> acceptedAt = new java.util.HashMap<>();
        for (Document d : inbox.find(new Document("status", "DONE"))) {
            long at = d.getDate("at").getTime();
            if (at < from.getTime()) {
                continue;
            }
            acceptedAt.put(d.get("_id", Number.class).longValue(), at);
            handled.add(d.getDate("doneAt").getTime() - at);
        }
        List<Long> replied = new ArrayList<>();
        for (Document d : outbound.find(new Document("status", "SENT"))) {
            String key = d.getString("_id");
            if (key.startsWith("r:") && key.endsWith(":0")) {
                Long at = acceptedAt.get(Long.parseLong(key.substring(2, key.length() - 2)));
                Date sent = d.getDate("sentAt");
                if (at != null && sent != null) {
                    replied.add(sent.getTime() - at);
                }
            }
        }
        long setAside = inbox.countDocuments(new Document("status", "SET_ASIDE"));
        long failed = outbound.countDocuments(new Document("status", "FAILED"));
        line(out, "Accept → handled (n=%d): p50 %s, p95 %s, p99 %s; set aside %d", handled.size(), ms(handled, 50), ms(handled, 95), ms(handled, 99), setAside);
        line(out, "Accept → first reply sent (n=%d): p50 %s, p95 %s, p99 %s; messages given up %d", replied.size(), ms(replied, 50), ms(replied, 95), ms(replied, 99), failed);
    }

    /** How much work behind acceptance ran during the webhook phase (does it yield to acceptance?). */
    private static void behind(StringBuilder out, MongoDatabase db, Date from, Date to, int accepted) {
        Document in = new Document("$gte", from).append("$lt", to);
        long handled = db.getCollection("telegram_inbox").countDocuments(new Document("doneAt", in));
        long sent = db.getCollection("telegram_outbound").countDocuments(new Document("sentAt", in));
        line(out, "Behind acceptance during the webhook phase: %d updates handled and %d messages sent while %d were accepted.", handled, sent, accepted);
    }

    /** One chat floods; another chat's emergency is timed from accept to its first reply sent. */
    private static void flood(StringBuilder out, int port, MongoDatabase db) throws Exception {
        long flooder = 2_000_001;
        List<String> flood = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            flood.add(Scripts.message(flooder, "halo " + i));
        }
        LoadRun.run("flood", 8, port, Duration.ofSeconds(30), i -> i < flood.size() ? LoadRun.webhook(port, flood.get(i)) : null);
        String emergency = LoadUpdates.emergency(2_000_002);
        long id = Scripts.updateId(emergency);
        HTTP.send(LoadRun.webhookRequest(port, emergency), HttpResponse.BodyHandlers.discarding());
        String answered = answeredAfter(db, id, Duration.ofSeconds(120));
        long floodLeft = db.getCollection("telegram_outbound").countDocuments(new Document("status", "PENDING"));
        line(out, "Flood: one chat sent 300 messages; another chat's emergency was answered %s after it was accepted (%d of the flood's replies still waiting for their chat's 1/s pace).",
                answered, floodLeft);
    }

    /** Accept to first reply sent of update {@code id}, waiting up to {@code max} for the reply. */
    private static String answeredAfter(MongoDatabase db, long id, Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        Document reply = null;
        while (reply == null && System.nanoTime() < end) {
            Document d = db.getCollection("telegram_outbound").find(new Document("_id", "r:" + id + ":0")).first();
            reply = d != null && "SENT".equals(d.getString("status")) ? d : null;
            Thread.sleep(50);
        }
        Document accepted = db.getCollection("telegram_inbox").find(new Document("_id", id)).first();
        return reply == null || accepted == null
                ? "not within " + max.toSeconds() + " s"
                : (reply.getDate("sentAt").getTime() - accepted.getDate("at").getTime()) + " ms";
    }

    /** CPU time of this JVM (the load generator and the fake Bot API). */
    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double cpuMillis(Duration from, Duration to) {
        return (to.toNanos() - from.toNanos()) / 1e6;
    }

    private static String ms(List<Long> values, double p) {
        if (values.isEmpty()) {
            return "n/a";
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        long v = sorted.get(Math.max(0, (int) Math.ceil(p / 100 * sorted.size()) - 1));
        return v < 10_000 ? v + " ms" : String.format(Locale.ROOT, "%.1f s", v / 1000.0);
    }

    private static Thread heapSampler(int port, List<Double> heap) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    String metrics = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
                    Matcher m = HEAP.matcher(metrics);
                    double sum = 0;
                    while (m.find()) {
                        sum += Double.parseDouble(m.group(1));
                    }
                    heap.add(sum);
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // The bot may be busy; try again.
                }
            }
        }, "heap-sampler");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void line(StringBuilder out, String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        // As it goes, too: the drain after the load can take minutes on a busy machine.
        System.out.println("bench: " + line);
        out.append(line).append('\n');
    }

}
