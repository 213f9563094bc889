package id.migrasiaman.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * What an attacker would send to the webhook: huge bodies without the secret, and oversized ones
 * with it. The client is a raw socket, so the test sees when the server answers (before or after
 * the body) and keeps sending after the answer the way a flood would. The server runs in this JVM,
 * so the bytes its threads allocate are measured directly.
 */
@TestPropertySource(
        properties = {
            "migrasi.telegram.webhook-url=https://bot.example.test/telegram/webhook",
            "migrasi.telegram.webhook-secret=" + WebhookIntegrationTests.SECRET
        })
class WebhookLimitsTests extends IntegrationTest {

    static final long FIFTY_MB = 50L * 1024 * 1024;

    /** Far below one 50 MB body, far above what the server and its jobs allocate meanwhile. */
    static final long ALLOCATION_BOUND = 24L * 1024 * 1024;

    @LocalServerPort int port;

    /** The flood that used to exhaust the heap: five 50 MB bodies at once, sent in full. */
    @Test
    void fiveConcurrentFiftyMegabyteBodiesWithoutTheSecretAreRefusedWithoutBeingRead()
            throws Exception {
        long allocatedBefore = allocatedByAllThreads();
        long heapBefore = heapUsed();
        long start = System.nanoTime();

        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<Duration>> floods;
        try {
            floods = pool.invokeAll(Collections.nCopies(5, this::flood));
        } finally {
            pool.shutdown();
        }

        for (Future<Duration> flood : floods) {
            assertThat(flood.get()).as("time to the 401").isLessThan(Duration.ofSeconds(1));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long allocated = allocatedByAllThreads() - allocatedBefore;
        long heapGrowth = heapUsed() - heapBefore;
        System.out.printf(
                "webhook flood: 5 x 50 MB refused, all sent or cut off in %d ms,"
                        + " %d KB allocated, heap %+d KB%n",
                took.toMillis(), allocated / 1024, heapGrowth / 1024);
        assertThat(allocated).isLessThan(ALLOCATION_BOUND);
        assertThat(heapGrowth).isLessThan(2 * ALLOCATION_BOUND);
    }

    /**
     * One unauthenticated 50 MB POST: returns how long the 401 took; then pushes the rest of the
     * body until the server hangs up, which it must do long before 50 MB.
     */
    private Duration flood() throws IOException {
        long start = System.nanoTime();
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head(null, "Content-Length: " + FIFTY_MB));
            long sent = send(out, 256 * 1024);
            assertThat(statusLine(socket)).contains("401");
            Duration answered = Duration.ofNanos(System.nanoTime() - start);
            assertThat(sent + send(out, FIFTY_MB - sent)).isLessThan(FIFTY_MB);
            return answered;
        }
    }

    @Test
    void oneFiftyMegabyteBodyIsRefusedWithinASecond() throws Exception {
        long start = System.nanoTime();
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head(null, "Content-Length: " + FIFTY_MB));
            send(out, 64 * 1024);
            assertThat(statusLine(socket)).contains("401");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void anOversizedDeclaredBodyWithTheSecretGets413BeforeItIsSent() throws Exception {
        long allocatedBefore = allocatedByAllThreads();
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head(WebhookIntegrationTests.SECRET, "Content-Length: " + FIFTY_MB));
            send(out, 64 * 1024);

            assertThat(statusLine(socket)).contains("413");
        }
        assertThat(allocatedByAllThreads() - allocatedBefore).isLessThan(ALLOCATION_BOUND);
    }

    @Test
    void anOversizedChunkedBodyWithTheSecretGets413AfterOneMegabyte() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head(WebhookIntegrationTests.SECRET, "Transfer-Encoding: chunked"));
            byte[] chunk = filler(64 * 1024);
            String size = Integer.toHexString(chunk.length) + "\r\n";
            for (int i = 0; i < 24; i++) { // 1.5 MB
                out.write(size.getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertThat(statusLine(socket)).contains("413");
        }
    }

    @Test
    void aSmallChunkedUpdateWithTheSecretIsStillTaken() throws Exception {
        byte[] json = "{\"update_id\":\"not a number\"}".getBytes(StandardCharsets.UTF_8);
        try (Socket socket = connect()) {
            socket.setSoTimeout(10_000); // this one is handled, not refused
            OutputStream out = socket.getOutputStream();
            out.write(head(WebhookIntegrationTests.SECRET, "Transfer-Encoding: chunked"));
            out.write(
                    (Integer.toHexString(json.length) + "\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            out.write(json);
            out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertThat(statusLine(socket)).contains("200");
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("localhost", port);
        socket.setSoTimeout(1_000);
        return socket;
    }

    private static byte[] head(String secret, String lengthHeader) {
        String head =
                "POST "
                        + WebhookController.PATH
                        + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + (secret == null
                                ? ""
                                : WebhookController.SECRET_HEADER + ": " + secret + "\r\n")
                        + lengthHeader
                        + "\r\n\r\n";
        return head.getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends up to {@code bytes} of filler and returns how many the server took before closing. */
    private static long send(OutputStream out, long bytes) {
        byte[] block = filler(64 * 1024);
        long sent = 0;
        try {
            while (sent < bytes) {
                int n = (int) Math.min(block.length, bytes - sent);
                out.write(block, 0, n);
                sent += n;
            }
            out.flush();
        } catch (IOException closedByServer) {
            // the server hung up: exactly what a refused flood should see
        }
        return sent;
    }

    private static String statusLine(Socket socket) throws IOException {
        return new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                .readLine();
    }

    private static byte[] filler(int size) {
        byte[] block = new byte[size];
        java.util.Arrays.fill(block, (byte) 'x');
        return block;
    }

    private static long allocatedByAllThreads() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(bytes, 0);
        }
        return sum;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
