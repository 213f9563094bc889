package id.migrasiaman.telegram;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;

/**
 * Waits until every accepted update has been handled (or set aside) and says how fast that went.
 * It watches the bot's own counters ({@code migrasi_telegram_inbox_total}) rather than counting the
 * inbox: a count of documents by status scans the whole collection on the embedded server, inside
 * the bot's JVM and under its commit fence, and polling it every second slowed the very handling
 * it watched. The inbox is read once at the end, for what is left and why.
 */
final class InboxDrain {

    private static final Pattern COUNTER =
            Pattern.compile("migrasi_telegram_inbox_total\\{[^}]*outcome=\"(handled|set_aside)\"[^}]*} ([0-9.E+]+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The result: how long it took, how many were handled meanwhile, and how many are left. */
    record Result(double seconds, long handled, long left, Map<String, Long> setAside) {

        double perSecond() {
            return seconds <= 0 ? 0 : handled / seconds;
        }
    }

    private InboxDrain() {}

    private static final Pattern COMMANDS = Pattern.compile("migrasi_store_commands_total\\{[^}]*} ([0-9.E+]+)");

    /** Round trips to MongoDB so far (the bot's counter, every command), or -1. */
    static long commands(int port) {
        try {
            Matcher m = COMMANDS.matcher(metrics(port));
            long sum = 0;
            while (m.find()) {
                sum += (long) Double.parseDouble(m.group(1));
            }
            return sum;
        } catch (Exception e) {
            return -1;
        }
    }

    private static final Pattern WINDOW =
            Pattern.compile("migrasi_telegram_outbound_unmarked_seconds_(count|sum|max)(?:\\{[^}]*})? ([0-9.E+-]+)");

    /**
     * The bot's timer of the window in which a kill doubles a message (its send request out to its
     * sent mark written): count, mean and max, or "n/a".
     */
    static String sendWindow(int port) {
        try {
            Matcher m = WINDOW.matcher(metrics(port));
            double count = 0;
            double sum = 0;
            double max = 0;
            while (m.find()) {
                double v = Double.parseDouble(m.group(2));
                switch (m.group(1)) {
                    case "count" -> count += v;
                    case "sum" -> sum += v;
                    default -> max = Math.max(max, v);
                }
            }
            return String.format(java.util.Locale.ROOT, "%.0f sends, mean %.1f ms, max of the last minutes %.1f ms",
                    count, count == 0 ? 0 : 1000 * sum / count, 1000 * max);
        } catch (Exception e) {
            return "n/a";
        }
    }

    private static String metrics(int port) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /** Updates handled or set aside so far (the bot's counters). */
    static long finished(int port) {
        try {
            String metrics = metrics(port);
            Matcher m = COUNTER.matcher(metrics);
            long sum = 0;
            while (m.find()) {
                sum += (long) Double.parseDouble(m.group(2));
            }
            return sum;
        } catch (Exception e) {
            return -1;
        }
    }

    /**
     * Waits until {@code target} updates are finished (handled or set aside, counted since the bot
     * started) or {@code max} passed, polling every {@code every}; the drain is timed from {@code
     * since} (System.nanoTime() when the load stopped), when {@code first} were finished.
     */
    static Result await(int port, MongoDatabase db, long target, long since, long first, Duration max, Duration every)
            throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        first = Math.max(first, 0);
        long last = first;
        long lastAt = since;
        int unanswered = 0;
        while (System.nanoTime() < end) {
            long now = finished(port);
            if (now < 0 && ++unanswered >= 30) {
                throw new IllegalStateException("the bot's metrics did not answer 30 times in a row");
            }
            if (now > last) {
                last = now;
                lastAt = System.nanoTime();
            }
            if (last >= target) {
                break;
            }
            Thread.sleep(every.toMillis());
        }
        double seconds = (lastAt - since) / 1e9;
        return new Result(seconds, last - first, Math.max(0, target - last), setAside(db));
    }

    /** Set-aside updates by reason (the poison ones), read once. */
    static Map<String, Long> setAside(MongoDatabase db) {
        MongoCollection<Document> inbox = db.getCollection("telegram_inbox");
        Map<String, Long> reasons = new TreeMap<>();
        for (Document d : inbox.find(new Document("status", "SET_ASIDE"))) {
            reasons.merge(String.valueOf(d.getString("reason")), 1L, Long::sum);
        }
        return reasons;
    }

    /** Updates still PENDING in the inbox (one scan, at the end). */
    static long pending(MongoDatabase db) {
        return db.getCollection("telegram_inbox").countDocuments(new Document("status", "PENDING"));
    }
}
