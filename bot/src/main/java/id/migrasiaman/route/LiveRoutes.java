package id.migrasiaman.route;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The route content being served, reloaded like topics: construction fails on any lint problem;
 * later a valid edit goes live within one poll interval and an invalid one is logged and ignored.
 */
final class LiveRoutes implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveRoutes.class);

    private final Path contentDir;
    private final Duration interval;
    private final AtomicReference<RouteBook> current = new AtomicReference<>();
    private volatile String fingerprint;
    private volatile String rejected = "";
    private ScheduledExecutorService poller;

    LiveRoutes(Path contentDir, Duration interval) {
        this.contentDir = contentDir;
        this.interval = interval;
        this.fingerprint = fingerprint(contentDir);
        Loaded loaded = load(contentDir);
        if (!loaded.problems().isEmpty()) {
            throw new IllegalStateException("Route content is invalid: " + loaded.problems());
        }
        current.set(loaded.book());
        log.info(
                "Route content loaded: {} steps, {} routes",
                loaded.book().steps().size(),
                loaded.book().plans().size());
    }

    /** The book and its lint problems. */
    record Loaded(RouteBook book, List<String> problems) {}

    static Loaded load(Path contentDir) {
        List<String> problems = new ArrayList<>();
        RouteBook book = RouteReader.read(contentDir, problems);
        if (problems.isEmpty()) {
            problems.addAll(RouteLint.check(book));
        }
        return new Loaded(book, List.copyOf(problems));
    }

    RouteBook current() {
        return current.get();
    }

    /** Loads the files again if they changed; returns whether a new book went live. */
    boolean reloadIfChanged() {
        String now = fingerprint(contentDir);
        if (now.equals(fingerprint) || now.equals(rejected)) {
            return false;
        }
        Loaded loaded = load(contentDir);
        if (!loaded.problems().isEmpty()) {
            rejected = now;
            log.warn(
                    "Route edit rejected, previous content stays live: {}",
                    loaded.problems().get(0));
            return false;
        }
        current.set(loaded.book());
        fingerprint = now;
        log.info("Route content reloaded");
        return true;
    }

    static String fingerprint(Path contentDir) {
        try (Stream<Path> files = Files.list(contentDir.resolve("route"))) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> all =
                    new ArrayList<>(
                            files.filter(p -> p.toString().endsWith(".yml")).sorted().toList());
            all.add(contentDir.resolve("hotlines.yml"));
            for (Path file : all) {
                digest.update(
                        file.getFileName()
                                .toString()
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (Files.isRegularFile(file)) {
                    digest.update(Files.readAllBytes(file));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unreadable";
        }
    }

    private void poll() {
        try {
            reloadIfChanged();
        } catch (RuntimeException e) {
            log.warn(
                    "Route reload failed, previous content stays live: {}",
                    e.getClass().getSimpleName());
        }
    }

    @Override
    public synchronized void start() {
        if (poller == null) {
            poller =
                    Executors.newSingleThreadScheduledExecutor(
                            task -> {
                                Thread thread = new Thread(task, "route-reload");
                                thread.setDaemon(true);
                                return thread;
                            });
            long millis = interval.toMillis();
            poller.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }
}
