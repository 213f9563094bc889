package id.migrasiaman.telegram.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spool while MongoDB comes back and updates keep arriving: what was relayed leaves the spool
 * even when more was appended meanwhile, and what is left is relayed next, in update-id order.
 */
class InboxSpoolTests {

    @TempDir Path directory;

    @Test
    void relayedUpdatesLeaveTheSpoolWhileLaterOnesStay() {
        InboxSpool spool = new InboxSpool(directory);
        spool.append(update(12));
        spool.append(update(11));
        List<InboxSpool.Spooled> relayed = spool.pending();
        assertThat(relayed).extracting(InboxSpool.Spooled::updateId).containsExactly(11L, 12L);

        // Appended while the relay was moving the first two into MongoDB.
        spool.append(update(13));
        spool.relayed(relayed);

        assertThat(spool.hasPending()).isTrue();
        assertThat(spool.pending()).extracting(InboxSpool.Spooled::updateId).containsExactly(13L);
        assertThat(new String(spool.pending().get(0).payload(), StandardCharsets.UTF_8))
                .isEqualTo("update 13");
        spool.relayed(spool.pending());
        assertThat(spool.hasPending()).isFalse();
    }

    private static InboxSpool.Spooled update(long id) {
        return new InboxSpool.Spooled(
                id, "chat", Instant.now(), ("update " + id).getBytes(StandardCharsets.UTF_8));
    }
}
