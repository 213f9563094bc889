package id.migrasiaman.telegram;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import id.migrasiaman.system.Pseudonyms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;

/**
 * The kill -9 driver (profile {@code transport-bench}): 40 chats walk whole broker reports, each
 * step sent when the previous one was answered (as a person does, Telegram retrying what the bot
 * did not acknowledge), while the bot's JVM is killed with {@code kill -9} four times and started
 * again. Then it counts answers lost or misplaced, reports lost or doubled, reference codes never
 * delivered, and messages delivered twice.
 */
public final class KillDriver {

    private static final int CHATS = 40;
    private static final int KILLS = 4;
    private static final List<String> KECAMATAN =
            List.of(
                    "Kupang Timur", "Kupang Tengah", "Kupang Barat", "Nekamese", "Taebenu",
                    "Amarasi", "Amarasi Barat", "Amarasi Selatan", "Amarasi Timur", "Amabi Oefeto",
                    "Amabi Oefeto Timur", "Fatuleu", "Fatuleu Tengah", "Fatuleu Barat", "Takari",
                    "Sulamu", "Semau", "Semau Selatan", "Amfoang Selatan", "Amfoang Barat Daya",
                    "Amfoang Tengah", "Amfoang Utara", "Amfoang Barat Laut", "Amfoang Timur");
    private static final long FIRST_CHAT = 3_000_001;

    private static volatile ChildBot bot;
    private static List<String> launcher = List.of();
    private static final List<KillWindows.Kill> KILLS_DONE = new java.util.concurrent.CopyOnWriteArrayList<>();

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("kill-driver");
        FakeBotApi api = new FakeBotApi();
        // As the benchmark: -Dbench.launch=docker (the profile's default) runs target/bot.jar as the
        // Dockerfile starts it; classpath runs the main class on the test classpath.
        if ("docker".equals(System.getProperty("bench.launch", "classpath"))) {
            launcher = DockerLaunch.launcher();
        }
        System.out.println("kill -9 driver: the bot started from " + (launcher.isEmpty() ? "the test classpath" : "target/bot.jar (as the Dockerfile)"));
        bot = new ChildBot(data, api.url(), Map.of()).launchedWith(launcher).start();
        AtomicInteger finished = new AtomicInteger();
        List<Thread> walkers = new ArrayList<>();
        for (int c = 0; c < CHATS; c++) {
            long chat = FIRST_CHAT + c;
            Thread walker = new Thread(() -> walk(api, chat, finished), "walker-" + c);
            walker.setDaemon(true);
            walkers.add(walker);
            walker.start();
        }
        Random random = new Random(14);
        int kills = 0;
        while (kills < KILLS && finished.get() < CHATS) {
            Thread.sleep(3_000 + random.nextInt(12_000));
            // The moment of the SIGKILL, not of the process's end: a JVM takes tens of milliseconds
            // (up to over a hundred on a loaded machine) to be gone after the signal, and timing the
            // kill after that made every double look that much older than it was.
            long signalled = System.currentTimeMillis();
            bot.kill();
            long gone = System.currentTimeMillis();
            KILLS_DONE.add(new KillWindows.Kill(signalled, gone));
            kills++;
            System.out.printf(Locale.ROOT, "kill -9 #%d with %d of %d reports finished (process gone %d ms after the signal)%n", kills, finished.get(), CHATS, gone - signalled);
            bot = new ChildBot(data, api.url(), Map.of()).launchedWith(launcher).start();
        }
        for (Thread walker : walkers) {
            walker.join(Duration.ofMinutes(15).toMillis());
        }
        String summary = verify(api, kills, finished.get());
        bot.stop();
        api.stop();
        System.out.println(summary);
        Path report = Path.of("target", "kill-driver.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary);
    }

    /** One person walking a report; each step is sent until acknowledged, then answered. */
    private static void walk(FakeBotApi api, long chat, AtomicInteger finished) {
        int n = (int) (chat - FIRST_CHAT);
        List<String> steps =
                List.of(
                        Scripts.message(chat, "/lapor"),
                        Scripts.message(chat, what(n)),
                        Scripts.message(chat, who(n)),
                        Scripts.callback(chat, "r:kec:" + (n % KECAMATAN.size())),
                        Scripts.message(chat, village(n)),
                        Scripts.callback(chat, "r:when:week"),
                        Scripts.callback(chat, "r:dest:MY"),
                        Scripts.message(chat, route(n)),
                        Scripts.callback(chat, "r:victims:1"),
                        Scripts.callback(chat, "r:minors:no"),
                        Scripts.callback(chat, "r:done"),
                        Scripts.callback(chat, "r:contact:no"),
                        Scripts.callback(chat, "r:send"));
        try {
            for (String step : steps) {
                int before = Delivered.texts(api, chat).size();
                while (bot.post(step) != 200) {
                    Thread.sleep(500);
                }
                long end = System.nanoTime() + Duration.ofMinutes(5).toNanos();
                while (Delivered.texts(api, chat).size() <= before && System.nanoTime() < end) {
                    Thread.sleep(200);
                }
            }
            finished.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String verify(FakeBotApi api, int kills, int finished) throws Exception {
        Pseudonyms pseudonyms = new Pseudonyms("child-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8));
        int stored = 0;
        int lost = 0;
        int doubled = 0;
        int wrongAnswers = 0;
        int codesUndelivered = 0;
        int duplicateMessages = 0;
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + bot.mongoPort())) {
            MongoCollection<Document> reports = client.getDatabase("migrasi").getCollection("reports");
            for (int n = 0; n < CHATS; n++) {
                long chat = FIRST_CHAT + n;
                List<Document> mine =
                        reports.find(new Document("reporterPseudonym", pseudonyms.of("tg-user", String.valueOf(chat))))
                                .into(new ArrayList<>());
                List<String> texts = Delivered.texts(api, chat);
                Set<String> distinct = new HashSet<>(texts);
                duplicateMessages += texts.size() - distinct.size();
                if (mine.isEmpty()) {
                    lost++;
                    continue;
                }
                stored++;
                doubled += mine.size() - 1;
                Document r = mine.get(0);
                wrongAnswers += wrong(r.getString("what"), what(n)) + wrong(r.getString("who"), "Yanto" + n)
                        + wrong(r.getString("village"), village(n)) + wrong(r.getString("route"), "Nunukan " + n)
                        + wrong(r.getString("kecamatan"), KECAMATAN.get(n % KECAMATAN.size()))
                        + (Integer.valueOf(1).equals(r.getInteger("victims")) ? 0 : 1)
                        + (Boolean.FALSE.equals(r.getBoolean("minors")) ? 0 : 1);
                String code = r.getString("code");
                if (texts.stream().noneMatch(t -> t.contains(code))) {
                    codesUndelivered++;
                }
            }
        }
        return String.format(
                Locale.ROOT,
                "kill -9 driver: %d chats walking whole reports, %d kills (each followed by a restart on the same data); %d of %d walks finished.%n"
                        + "Reports stored once: %d; lost: %d; doubled: %d. Answers lost or in the wrong field: %d (of %d checked). Reference codes never delivered: %d. Messages delivered twice: %d.%n"
                        + "Each double, against the kill nearest to its first copy (in flight at a kill: within %d ms of its signal): %s%n",
                CHATS, kills, finished, CHATS, stored, lost, doubled, wrongAnswers, CHATS * 7, codesUndelivered, duplicateMessages, KillWindows.IN_FLIGHT, doubles(api));
    }

    /** For each message delivered twice: the kill nearest to its first copy (see {@link KillWindows}). */
    private static List<String> doubles(FakeBotApi api) {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.Map<String, List<Long>> seen = new java.util.HashMap<>();
        for (com.github.tomakehurst.wiremock.stubbing.ServeEvent e : api.server().getAllServeEvents()) {
            if (!e.getRequest().getUrl().toLowerCase().endsWith("/sendmessage") || e.getResponse().getStatus() != 200) {
                continue;
            }
            try {
                com.fasterxml.jackson.databind.JsonNode m = json.readTree(e.getRequest().getBodyAsString());
                seen.computeIfAbsent(m.path("chat_id").asText() + "\u0000" + m.path("text").asText(), k -> new ArrayList<>())
                        .add(e.getRequest().getLoggedDate().getTime());
            } catch (Exception ignored) {
                // Not JSON: not a message.
            }
        }
        List<String> out = new ArrayList<>();
        for (List<Long> times : seen.values()) {
            if (times.size() < 2) {
                continue;
            }
            java.util.Collections.sort(times);
            out.add(KillWindows.describe(times.get(0), times.get(1), KILLS_DONE));
        }
        return out;
    }

    private static int wrong(String actual, String expected) {
        return actual != null && actual.contains(expected) ? 0 : 1;
    }

    private static String what(int n) {
        return "Om Yanto" + n + " rekrut nona-nona ke Malaysia, kasi uang sirih " + (n + 1) + " juta ke orang tua";
    }

    private static String who(int n) {
        return "Om Yanto" + n + ", hp 0812-3456-" + String.format(Locale.ROOT, "%04d", n);
    }

    private static String village(int n) {
        return "Desa Oelpuah " + n;
    }

    private static String route(int n) {
        return "lewat Tenau lalu Nunukan " + n;
    }
}
