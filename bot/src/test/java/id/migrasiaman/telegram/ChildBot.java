package id.migrasiaman.telegram;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bot in a child JVM (the application's main class on the test classpath, {@code -Xmx256m}), in
 * webhook mode against the fake Bot API, on a data folder that outlives it. {@link #kill()} is a
 * real {@code kill -9}: no shutdown hook, no graceful stop, no last commit.
 */
public final class ChildBot {

    public static final String SECRET = "child_Secret-1";

    private final Path dataDir;
    private final String apiUrl;
    private final int httpPort;
    private final int mongoPort;
    private final Map<String, String> extra;
    private List<String> launcher = List.of();
    private Process process;

    public ChildBot(Path dataDir, String apiUrl, Map<String, String> extra) throws IOException {
        this.dataDir = dataDir;
        this.apiUrl = apiUrl;
        this.httpPort = freePort();
        this.mongoPort = freePort();
        this.extra = extra;
    }

    /**
     * Starts the bot with {@code launcher} (the JVM options and {@code -jar ...} that name what to
     * run) instead of the application's main class on the test classpath: the transport benchmark
     * starts it as the Dockerfile does.
     */
    public ChildBot launchedWith(List<String> launcher) {
        this.launcher = List.copyOf(launcher);
        return this;
    }

    /** Starts the bot and waits until {@code /ping} answers. */
    public ChildBot start() throws IOException {
        java.nio.file.Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC"));
        // Extra JVM options for the child (a profiler, say): -Dchild.jvmArgs="-XX:... -X...".
        String jvmArgs = System.getProperty("child.jvmArgs", "").trim();
        if (!jvmArgs.isEmpty()) {
            command.addAll(List.of(jvmArgs.split("\\s+")));
        }
        if (launcher.isEmpty()) {
            command.addAll(List.of("-cp", System.getProperty("java.class.path")));
            command.add("id.migrasiaman.BotApplication");
        } else {
            command.addAll(launcher);
        }
        Map<String, String> properties = new java.util.LinkedHashMap<>();
        properties.put("server.port", String.valueOf(httpPort));
        properties.put("migrasi.telegram.token", FakeBotApi.TOKEN);
        properties.put("migrasi.telegram.api-url", apiUrl);
        properties.put("migrasi.telegram.webhook-url", "https://bot.example.test/telegram/webhook");
        properties.put("migrasi.telegram.webhook-secret", SECRET);
        properties.put("migrasi.store.data-dir", dataDir.toString());
        properties.put("migrasi.privacy.pseudonym-secret", "child-secret-0123456789abcdef");
        properties.put(
                "migrasi.content.dir",
                Path.of("..", "content").toAbsolutePath().normalize().toString());
        properties.put("migrasi.transport.instance-id", "child");
        properties.put("migrasi.transport.private-burst", "20");
        properties.put("migrasi.transport.private-interval", "100ms");
        properties.put("migrasi.transport.max-retry-delay", "2s");
        // Later values win: a test or the benchmark may override any of these.
        properties.putAll(extra);
        properties.forEach((k, v) -> command.add("--" + k + "=" + v));
        ProcessBuilder builder = new ProcessBuilder(command);
        // The embedded server's fixed port, as an operator would set it.
        builder.environment().put("MIGRASI_EMBEDDED_PORT", String.valueOf(mongoPort));
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        process = builder.start();
        // A start took 215 s at load 40 (other builds on the 2 cores): 240 s was too close.
        await().atMost(Duration.ofSeconds(Long.getLong("child.startSeconds", 600)))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> !process.isAlive() || pingOk());
        if (!process.isAlive()) {
            throw new IllegalStateException("the child bot exited; see " + log().toAbsolutePath());
        }
        return this;
    }

    /**
     * The child's output, kept under {@code target/child-logs} (not in the test's temporary data
     * folder, which is deleted), so a failed run in CI can be read afterwards.
     */
    private Path log() {
        Path dir = Path.of("target", "child-logs");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve(dataDir.getFileName() + ".log");
    }

    /** {@code kill -9}. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A clean stop (SIGTERM: graceful shutdown). */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    /** The child's process id (for per-thread CPU figures), or -1 before it started. */
    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** CPU time the child has used so far (user + system), or zero where the OS does not say. */
    public Duration cpu() {
        return process == null
                ? Duration.ZERO
                : process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    public int httpPort() {
        return httpPort;
    }

    public int mongoPort() {
        return mongoPort;
    }

    /** Posts an update to the webhook; returns the status, or -1 if the bot did not answer. */
    public int post(String update) {
        try {
            HttpRequest request =
                    HttpRequest.newBuilder(
                                    URI.create(
                                            "http://127.0.0.1:" + httpPort + "/telegram/webhook"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                            .POST(HttpRequest.BodyPublishers.ofString(update))
                            .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private boolean pingOk() {
        try {
            HttpRequest request =
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/ping"))
                            .timeout(Duration.ofSeconds(2))
                            .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
