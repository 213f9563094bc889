package id.migrasiaman.telegram;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A closed-loop load: {@code connections} threads send requests back to back for a while and
 * record each latency and status.
 */
final class LoadRun {

    record Result(String name, int requests, double seconds, List<Long> latenciesNanos, Map<Integer, Integer> statuses) {

        double perSecond() {
            return requests / seconds;
        }

        /** Requests answered 200 (for the webhook: updates accepted). */
        int ok() {
            return statuses.getOrDefault(200, 0);
        }

        double percentileMillis(double p) {
            if (latenciesNanos.isEmpty()) {
                return Double.NaN;
            }
            List<Long> sorted = new ArrayList<>(latenciesNanos);
            Collections.sort(sorted);
            int i = (int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1);
            return sorted.get(Math.max(0, i)) / 1e6;
        }
    }

    private LoadRun() {}

    /**
     * Sends {@code requests.apply(i)} (pre-serialised HTTP/1.1 requests) from {@code connections}
     * threads, each on its own keep-alive connection ({@link RawHttp}), for {@code duration}.
     */
    static Result run(String name, int connections, int port, Duration duration, IntFunction<byte[]> requests) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger counter = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(connections);
        long start = System.nanoTime();
        // For profilers and per-thread CPU samplers beside the run: when each phase starts and ends.
        System.out.println("bench-phase: " + name + " start " + System.currentTimeMillis());
        for (int t = 0; t < connections; t++) {
            Thread thread =
                    new Thread(
                            () -> {
                                try (RawHttp http = new RawHttp(port)) {
                                    while (System.nanoTime() < end) {
                                        byte[] request = requests.apply(counter.getAndIncrement());
                                        if (request == null) {
                                            return;
                                        }
                                        long sent = System.nanoTime();
                                        int status;
                                        try {
                                            status = http.send(request);
                                        } catch (Exception e) {
                                            status = -1;
                                        }
                                        latencies.add(System.nanoTime() - sent);
                                        statuses.merge(status, 1, Integer::sum);
                                    }
                                } finally {
                                    done.countDown();
                                }
                            },
                            name + "-" + t);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        System.out.println("bench-phase: " + name + " end " + System.currentTimeMillis());
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(name, latencies.size(), seconds, latencies, statuses);
    }

    static byte[] ping(int port) {
        return RawHttp.get(port, "/ping");
    }

    static byte[] webhook(int port, String update) {
        return RawHttp.post(port, "/telegram/webhook", ChildBot.SECRET, update);
    }

    /** One webhook call through the JDK's client (outside the measured phases). */
    static HttpRequest webhookRequest(int port, String update) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", ChildBot.SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update))
                .build();
    }
}
