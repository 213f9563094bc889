package id.migrasiaman.telegram.outbound;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Sent" marks for the embedded store ({@code <data-dir>/outbound/sent.journal}). The Bot API has
 * no idempotency key: a message Telegram took just before a crash, but not yet marked sent on the
 * disk, goes out again after the restart. Marking it in the H2 file costs a commit of the file's
 * changed pages and an {@code fsync} (tens of milliseconds here); appending one line to this file
 * and forcing it costs a few, so that window, the only one left for a double, shrinks by about ten.
 * Each sender writes its line at once (from then on a {@code kill -9} cannot lose it) and
 * concurrent senders share one force (what a power loss needs). At start the marks are applied to
 * MongoDB before anything is sent; the file is emptied once the marks in it are durable in MongoDB.
 */
final class SentMarks {

    /** A message marked sent. */
    record Mark(String key, String lane) {}

    private static final Logger log = LoggerFactory.getLogger(SentMarks.class);

    private final Path file;
    private final FileChannel channel;
    private final Object queue = new Object();
    private final Object disk = new Object();
    private long appended;
    private long synced;
    private long written;
    private long applied;

    SentMarks(Path directory) {
        this.file = directory.resolve("sent.journal");
        try {
            Files.createDirectories(directory);
            channel =
                    FileChannel.open(
                            file,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE,
                            StandardOpenOption.READ);
            channel.position(channel.size());
        } catch (IOException e) {
            throw new UncheckedIOException("sent marks " + file, e);
        }
    }

    /** The marks left by the last run (apply them before sending anything). */
    List<Mark> left() {
        List<Mark> marks = new ArrayList<>();
        try {
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            int start = 0;
            for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
                parse(text.substring(start, end)).ifPresent(marks::add);
                start = end + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("sent marks " + file, e);
        }
        return marks;
    }

    /**
     * Writes the mark at once, then returns once it is on the disk. The write comes first and on
     * its own (into the page cache, which a {@code kill -9} of this process does not lose), so the
     * window in which a crash of the process can double the message closes as soon as this thread
     * runs, not after a force of other senders' marks; the force that follows (shared by all
     * waiting senders) is what a power loss needs.
     */
    void mark(String key, String lane) {
        ByteBuffer bytes = ByteBuffer.wrap(line(key, lane).getBytes(StandardCharsets.US_ASCII));
        long ticket;
        synchronized (queue) {
            try {
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("sent marks " + file, e);
            }
            written++;
            ticket = ++appended;
        }
        synchronized (disk) {
            if (synced >= ticket) {
                return;
            }
            long upTo;
            synchronized (queue) {
                upTo = appended;
            }
            try {
                channel.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException("sent marks " + file, e);
            }
            synced = upTo;
        }
    }

    /** Empties the file after {@link #left()} was applied and made durable, before any send. */
    void truncateAfterStart() {
        synchronized (disk) {
            synchronized (queue) {
                try {
                    channel.truncate(0);
                    channel.force(true);
                    channel.position(0);
                    written = 0;
                    applied = 0;
                } catch (IOException e) {
                    throw new UncheckedIOException("sent marks " + file, e);
                }
            }
        }
    }

    /** A mark has reached MongoDB (durable there after the next flush). */
    void applied() {
        synchronized (queue) {
            applied++;
        }
    }

    /**
     * Empties the file if every mark in it has reached MongoDB; call right after a flush of the
     * store made them durable there. Returns whether it did.
     */
    boolean truncateIfApplied(Runnable storeFlush) {
        long marks;
        synchronized (queue) {
            if (written == 0 || applied < written) {
                return false;
            }
            marks = written;
        }
        // Outside the locks: senders keep marking while the store's file is synced.
        storeFlush.run();
        synchronized (disk) {
            synchronized (queue) {
                if (written != marks || applied < marks) {
                    return false;
                }
                try {
                    channel.truncate(0);
                    channel.force(true);
                    channel.position(0);
                    written = 0;
                    applied = 0;
                    return true;
                } catch (IOException e) {
                    log.warn(
                            "Sent marks: could not empty the file ({})",
                            e.getClass().getSimpleName());
                    return false;
                }
            }
        }
    }

    static String line(String key, String lane) {
        String body =
                Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(key.getBytes(StandardCharsets.UTF_8))
                        + " "
                        + lane;
        return body + " " + crc(body) + "\n";
    }

    static java.util.Optional<Mark> parse(String line) {
        String[] parts = line.split(" ");
        if (parts.length != 3 || !parts[2].equals(crc(parts[0] + " " + parts[1]))) {
            return java.util.Optional.empty();
        }
        try {
            String key =
                    new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            return java.util.Optional.of(new Mark(key, parts[1]));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static String crc(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        return Long.toHexString(crc.getValue());
    }

    void close() {
        try {
            channel.close();
        } catch (IOException e) {
            log.warn("Sent marks close failed ({})", e.getClass().getSimpleName());
        }
    }
}
