package id.migrasiaman.telegram.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * The journal's lines written straight into the writer's array ({@link JournalLines.Buffer}) are
 * byte for byte the lines the string-built format gave ({@code id lane at base64 crc}), so a
 * journal left by the earlier version is read as before and the other way round; several lines in
 * one buffer are the lines one after the other.
 */
class JournalLinesPropertyTests {

    @Property(tries = 1_000, seed = "20261207")
    void aLineIsTheStringBuiltLine(
            @ForAll @LongRange(min = 0) long id,
            @ForAll @StringLength(min = 1, max = 30) @CharRange(from = '!', to = '~') String lane,
            @ForAll @LongRange(min = 0, max = 4_000_000_000_000L) long at,
            @ForAll @Size(max = 2_000) byte[] payload) {
        InboxSpool.Spooled u = new InboxSpool.Spooled(id, lane, Instant.ofEpochMilli(at), payload);
        assertThat(JournalLines.line(u)).isEqualTo(stringBuilt(u));
    }

    @Property(tries = 200, seed = "20261207")
    void linesFollowEachOtherInOneBuffer(@ForAll @Size(min = 1, max = 40) List<byte[]> payloads) {
        JournalLines.Buffer buffer = new JournalLines.Buffer();
        StringBuilder expected = new StringBuilder();
        long id = 1_000;
        for (byte[] payload : payloads) {
            InboxSpool.Spooled u =
                    new InboxSpool.Spooled(
                            id++,
                            "Ab-_0123456789abcdefgh",
                            Instant.ofEpochMilli(1_765_000_000_000L),
                            payload);
            buffer.append(u);
            expected.append(stringBuilt(u));
        }
        assertThat(new String(buffer.bytes(), 0, buffer.length(), StandardCharsets.US_ASCII))
                .isEqualTo(expected.toString());
        buffer.clear();
        assertThat(buffer.length()).isZero();
    }

    /** The format as it was written before (JournalLines.line of round 19). */
    private static String stringBuilt(InboxSpool.Spooled u) {
        String body =
                u.updateId()
                        + " "
                        + u.lane()
                        + " "
                        + u.acceptedAt().toEpochMilli()
                        + " "
                        + Base64.getEncoder().encodeToString(u.payload());
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        return body + " " + Long.toHexString(crc.getValue()) + "\n";
    }
}
