package id.migrasiaman.route;

import id.migrasiaman.knowledge.FilePolling;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The route content being served, reloaded like topics: construction fails on any lint problem;
 * later a valid edit goes live within one poll interval and an invalid one is logged and ignored.
 */
final class LiveRoutes extends FilePolling {

    private static final Logger log = LoggerFactory.getLogger(LiveRoutes.class);

    private final Path contentDir;
    private final AtomicReference<RouteBook> current = new AtomicReference<>();
    private volatile String fingerprint;
    private volatile String rejected = "";

    LiveRoutes(Path contentDir, Duration interval) {
        super("route-reload", interval);
        this.contentDir = contentDir;
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
    @Override
    protected boolean reloadIfChanged() {
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
        List<String> files = new ArrayList<>();
        try (Stream<Path> yml = Files.list(contentDir.resolve("route"))) {
            yml.map(p -> "route/" + p.getFileName())
                    .filter(name -> name.endsWith(".yml"))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            return "unreadable";
        }
        files.add("hotlines.yml");
        return FilePolling.fingerprint(contentDir, files);
    }
}
