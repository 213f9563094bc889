package id.migrasiaman.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Files that are served live and reloaded when edited: a daemon thread calls {@link
 * #reloadIfChanged()} every interval, and {@link #fingerprint} says whether they changed. A failed
 * reload is logged (by its kind, never the files' text) and tried again next time, so the previous
 * version stays live.
 */
public abstract class FilePolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FilePolling.class);

    private final String thread;
    private final Duration interval;
    private ScheduledExecutorService poller;

    /**
     * @param thread the polling thread's name, also the name in the log
     * @param interval time between two checks
     */
    protected FilePolling(String thread, Duration interval) {
        this.thread = thread;
        this.interval = interval;
    }

    /** Loads the files if they changed; returns whether a new version went live. */
    protected abstract boolean reloadIfChanged();

    /**
     * A hash of the names and bytes of {@code files} under {@code dir}. Bytes rather than
     * modification times, so that two saves within the same second are seen; a missing file counts
     * as such (its loader says what is wrong).
     */
    public static String fingerprint(Path dir, List<String> files) {
        MessageDigest digest = sha256();
        for (String file : files) {
            digest.update(file.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try {
                digest.update(Files.readAllBytes(dir.resolve(file)));
            } catch (IOException e) {
                digest.update((byte) 1);
            }
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private void poll() {
        try {
            reloadIfChanged();
        } catch (RuntimeException e) {
            // An exception would cancel the schedule; log it and try again next time.
            log.warn("{} failed, previous version stays live: {}", thread, e.getClass().getName());
        }
    }

    @Override
    public synchronized void start() {
        if (poller == null) {
            poller =
                    Executors.newSingleThreadScheduledExecutor(
                            task -> {
                                Thread t = new Thread(task, thread);
                                t.setDaemon(true);
                                return t;
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
