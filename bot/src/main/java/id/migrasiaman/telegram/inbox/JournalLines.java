package id.migrasiaman.telegram.inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lines of the {@link InboxJournal}: {@code id lane at payload crc}, the payload sealed and in
 * base64, the CRC-32 over the rest, so a line cut short or damaged by a crash is recognised and
 * skipped (it was never acknowledged).
 */
final class JournalLines {

    private static final Logger log = LoggerFactory.getLogger(JournalLines.class);

    private JournalLines() {}

    static String line(InboxSpool.Spooled u) {
        String body =
                u.updateId()
                        + " "
                        + u.lane()
                        + " "
                        + u.acceptedAt().toEpochMilli()
                        + " "
                        + Base64.getEncoder().encodeToString(u.payload());
        return body + " " + crc(body) + "\n";
    }

    static Optional<InboxSpool.Spooled> parse(String line) {
        int last = line.lastIndexOf(' ');
        if (last < 0) {
            return Optional.empty();
        }
        String body = line.substring(0, last);
        String[] parts = body.split(" ");
        if (parts.length != 4 || !line.substring(last + 1).equals(crc(body))) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new InboxSpool.Spooled(
                            Long.parseLong(parts[0]),
                            parts[1],
                            Instant.ofEpochMilli(Long.parseLong(parts[2])),
                            Base64.getDecoder().decode(parts[3])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static List<InboxSpool.Spooled> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        List<InboxSpool.Spooled> found = new ArrayList<>();
        int skipped = 0;
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            Optional<InboxSpool.Spooled> parsed = parse(text.substring(start, end));
            if (parsed.isPresent()) {
                found.add(parsed.get());
            } else {
                skipped++;
            }
            start = end + 1;
        }
        if (skipped > 0 || start < text.length()) {
            log.warn("Inbox journal: {} damaged or unfinished line(s) skipped", skipped + 1);
        }
        return found;
    }

    private static String crc(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        return Long.toHexString(crc.getValue());
    }
}
