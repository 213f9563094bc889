package id.migrasiaman.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sent marks: on the disk when {@code mark} returns, found again after a crash, emptied safely. */
class SentMarksTests {

    @TempDir Path dir;

    @Test
    void marksFromManySendersAreAllFoundAfterACrashAndACutLineIsSkipped() throws Exception {
        SentMarks marks = new SentMarks(dir);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String key = "r:" + (1000 + i) + ":0";
            done.add(senders.submit(() -> marks.mark(key, "lane" + key.length())));
        }
        for (Future<?> f : done) {
            f.get();
        }
        senders.shutdown();
        // A crash while a mark was being written: the line is cut short.
        Files.writeString(
                dir.resolve("sent.journal"),
                SentMarks.line("alert:ABC123", "x").substring(0, 8),
                StandardCharsets.US_ASCII,
                StandardOpenOption.APPEND);
        marks.close();

        List<SentMarks.Mark> left = new SentMarks(dir).left();
        assertThat(left).hasSize(200);
        assertThat(left).extracting(SentMarks.Mark::key).contains("r:1000:0", "r:1199:0");
    }

    @Test
    void theFileIsEmptiedOnlyOnceEveryMarkInItReachedTheStoreAndTheStoreWasFlushed() {
        SentMarks marks = new SentMarks(dir);
        AtomicInteger flushes = new AtomicInteger();
        marks.mark("r:1:0", "a");
        marks.mark("r:2:0", "a");
        marks.applied();
        assertThat(marks.truncateIfApplied(flushes::incrementAndGet)).isFalse();
        assertThat(flushes).hasValue(0);
        assertThat(marks.left()).hasSize(2);

        marks.applied();
        assertThat(marks.truncateIfApplied(flushes::incrementAndGet)).isTrue();
        assertThat(flushes).hasValue(1);
        assertThat(marks.left()).isEmpty();

        marks.mark("r:3:0", "a");
        assertThat(marks.left()).extracting(SentMarks.Mark::key).containsExactly("r:3:0");
        marks.close();
    }
}
