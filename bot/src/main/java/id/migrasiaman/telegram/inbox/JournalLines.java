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
        Buffer buffer = new Buffer();
        buffer.append(u);
        return new String(buffer.bytes, 0, buffer.length, StandardCharsets.US_ASCII);
    }

    /**
     * Lines encoded straight into one array that the journal's writer keeps: the same bytes as
     * {@link #line} without a string, a builder and two copies of each update on the way (the
     * writer is the one thread every accepted update passes).
     */
    static final class Buffer {

        private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] BASE64 =
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
                        .getBytes(StandardCharsets.US_ASCII);

        private byte[] bytes = new byte[64 * 1024];
        private int length;
        private final CRC32 crc = new CRC32();

        void clear() {
            length = 0;
        }

        byte[] bytes() {
            return bytes;
        }

        int length() {
            return length;
        }

        /** Appends {@code u}'s line. */
        void append(InboxSpool.Spooled u) {
            byte[] payload = u.payload();
            String lane = u.lane();
            // id, lane and time: at most 20 + 1 + lane + 1 + 20 + 1; base64; crc 1 + 8 + 1.
            ensure(44 + lane.length() + 4 * ((payload.length + 2) / 3) + 10);
            int start = length;
            decimal(u.updateId());
            bytes[length++] = ' ';
            for (int i = 0; i < lane.length(); i++) {
                char c = lane.charAt(i);
                // As String.getBytes(US_ASCII) would: a lane is ASCII (a pseudonym or x:<id>).
                bytes[length++] = c < 128 ? (byte) c : (byte) '?';
            }
            bytes[length++] = ' ';
            decimal(u.acceptedAt().toEpochMilli());
            bytes[length++] = ' ';
            base64(payload);
            crc.reset();
            crc.update(bytes, start, length - start);
            bytes[length++] = ' ';
            hex(crc.getValue());
            bytes[length++] = '\n';
        }

        /** As {@code Base64.getEncoder()}: the standard alphabet, padded. */
        private void base64(byte[] in) {
            int i = 0;
            int whole = in.length - in.length % 3;
            for (; i < whole; i += 3) {
                int bits = (in[i] & 0xff) << 16 | (in[i + 1] & 0xff) << 8 | (in[i + 2] & 0xff);
                bytes[length++] = BASE64[bits >>> 18];
                bytes[length++] = BASE64[(bits >>> 12) & 0x3f];
                bytes[length++] = BASE64[(bits >>> 6) & 0x3f];
                bytes[length++] = BASE64[bits & 0x3f];
            }
            if (i < in.length) {
                int bits = (in[i] & 0xff) << 16;
                boolean two = i + 1 < in.length;
                if (two) {
                    bits |= (in[i + 1] & 0xff) << 8;
                }
                bytes[length++] = BASE64[bits >>> 18];
                bytes[length++] = BASE64[(bits >>> 12) & 0x3f];
                bytes[length++] = two ? BASE64[(bits >>> 6) & 0x3f] : (byte) '=';
                bytes[length++] = '=';
            }
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        private void decimal(long value) {
            if (value < 0) {
                // Not expected (ids and times are positive), but written as Long.toString would.
                byte[] text = Long.toString(value).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(text, 0, bytes, length, text.length);
                length += text.length;
                return;
            }
            int digits = 1;
            for (long v = value / 10; v > 0; v /= 10) {
                digits++;
            }
            for (int i = length + digits - 1; i >= length; i--) {
                bytes[i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            length += digits;
        }

        /** As Long.toHexString: lower case, no leading zeros. */
        private void hex(long value) {
            int digits = 1;
            for (long v = value >>> 4; v > 0; v >>>= 4) {
                digits++;
            }
            for (int i = length + digits - 1; i >= length; i--) {
                bytes[i] = HEX[(int) (value & 0xf)];
                value >>>= 4;
            }
            length += digits;
        }
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
