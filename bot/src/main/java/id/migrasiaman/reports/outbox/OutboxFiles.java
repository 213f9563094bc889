package id.migrasiaman.reports.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.json.JsonParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Forced appends to JSON-lines files, and reading them back after a crash. */
final class OutboxFiles {

    private static final Logger log = LoggerFactory.getLogger(OutboxFiles.class);

    private OutboxFiles() {}

    /** Appends {@code json} and a newline, and returns only once both are on the disk. */
    static void append(Path file, String json) throws IOException {
        boolean created = !Files.exists(file);
        if (created) {
            Files.createDirectories(file.getParent());
        }
        ByteBuffer bytes = ByteBuffer.wrap((json + "\n").getBytes(StandardCharsets.UTF_8));
        try (FileChannel channel =
                FileChannel.open(
                        file,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        if (created) {
            syncDirectory(file.getParent());
        }
    }

    /**
     * The lines of {@code file} as documents. A last line without its newline was cut by a crash
     * before it was acknowledged to anyone: it is cut off the file, so the next append starts on a
     * line of its own.
     */
    static List<Document> load(Path file) {
        List<Document> lines = new ArrayList<>();
        if (!Files.exists(file)) {
            return lines;
        }
        try {
            byte[] content = Files.readAllBytes(file);
            int end = content.length;
            while (end > 0 && content[end - 1] != '\n') {
                end--;
            }
            if (end < content.length) {
                log.warn("Outbox {}: dropping an unfinished last line", file);
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(end);
                    channel.force(true);
                }
            }
            String text = new String(content, 0, end, StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                parse(file, line, lines);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the outbox " + file, e);
        }
    }

    private static void parse(Path file, String line, List<Document> into) {
        if (line.isBlank()) {
            return;
        }
        try {
            into.add(Document.parse(line));
        } catch (JsonParseException e) {
            log.error("Outbox {}: unreadable line skipped", file);
        }
    }

    /** Makes a created, renamed or deleted file's directory entry durable (where supported). */
    static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible on some platforms (Windows); the file content itself was forced.
        }
    }
}
