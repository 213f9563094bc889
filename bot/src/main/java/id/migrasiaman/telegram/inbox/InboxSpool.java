package id.migrasiaman.telegram.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox's own fallback, after the report outbox's design: while MongoDB cannot be reached an
 * accepted update is appended to {@code <data-dir>/inbox/updates.spool} and forced to the disk
 * before Telegram hears "ok"; a relay moves the lines into MongoDB once it is back, and the file is
 * deleted when everything in it is there. Lines are {@code id lane at payload} (the payload is
 * already sealed, base64); a last line cut short by a crash was never acknowledged and is skipped.
 */
public final class InboxSpool {

    private static final Logger log = LoggerFactory.getLogger(InboxSpool.class);

    /** A spooled update. */
    public record Spooled(long updateId, String lane, Instant acceptedAt, byte[] payload) {}

    private final Path file;

    public InboxSpool(Path directory) {
        this.file = directory.resolve("updates.spool");
    }

    /** Appends an update and returns once it is on the disk. */
    public synchronized void append(Spooled update) {
        String line = line(update);
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel =
                    FileChannel.open(
                            file,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE,
                            StandardOpenOption.APPEND)) {
                ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            syncDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException("inbox spool " + file, e);
        }
    }

    /** Whether updates wait in the spool. */
    public boolean hasPending() {
        return Files.exists(file);
    }

    /**
     * The spooled updates in update-id order, Telegram's order (each id once). The file's order is
     * that of the calls that appended them, and concurrent calls of one chat may append its later
     * update first.
     */
    public synchronized List<Spooled> pending() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            Map<Long, Spooled> found = new LinkedHashMap<>();
            int end = text.lastIndexOf('\n');
            for (String line : text.substring(0, end + 1).split("\n")) {
                parse(line).ifPresent(s -> found.putIfAbsent(s.updateId(), s));
            }
            List<Spooled> inOrder = new ArrayList<>(found.values());
            inOrder.sort(Comparator.comparingLong(Spooled::updateId));
            return inOrder;
        } catch (IOException e) {
            throw new UncheckedIOException("inbox spool " + file, e);
        }
    }

    /**
     * Removes {@code relayed} from the spool: deletes the file, or, when updates were appended
     * meanwhile, replaces it (atomically, forced) by one holding only those. Keeping the file while
     * anything was appended let it grow for as long as updates kept coming, each relay moving
     * everything again.
     */
    public synchronized void relayed(List<Spooled> relayed) {
        Set<Long> done = new HashSet<>();
        relayed.forEach(s -> done.add(s.updateId()));
        List<Spooled> left = new ArrayList<>(pending());
        left.removeIf(s -> done.contains(s.updateId()));
        try {
            if (left.isEmpty()) {
                Files.deleteIfExists(file);
            } else {
                replaceBy(left);
            }
            syncDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException("inbox spool " + file, e);
        }
    }

    private void replaceBy(List<Spooled> left) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        StringBuilder lines = new StringBuilder();
        left.forEach(s -> lines.append(line(s)));
        try (FileChannel channel =
                FileChannel.open(
                        next,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes =
                    ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.US_ASCII));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String line(Spooled update) {
        return update.updateId()
                + " "
                + update.lane()
                + " "
                + update.acceptedAt().toEpochMilli()
                + " "
                + Base64.getEncoder().encodeToString(update.payload())
                + "\n";
    }

    private static java.util.Optional<Spooled> parse(String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length != 4) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(
                    new Spooled(
                            Long.parseLong(parts[0]),
                            parts[1],
                            Instant.ofEpochMilli(Long.parseLong(parts[2])),
                            Base64.getDecoder().decode(parts[3])));
        } catch (IllegalArgumentException e) {
            log.error("Inbox spool: unreadable line skipped");
            return java.util.Optional.empty();
        }
    }

    private void syncDirectory() {
        try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible on every platform; the file content itself was forced.
        }
    }
}
