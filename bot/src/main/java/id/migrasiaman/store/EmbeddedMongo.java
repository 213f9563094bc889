package id.migrasiaman.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process MongoDB-wire-protocol server (mongo-java-server) on a loopback port, so the
 * official driver talks to it over TCP exactly as it talks to a real replica set.
 *
 * <p>On a file, H2's own background writer and its commits on a full write buffer are switched off:
 * nothing reaches the file except through {@link #commit()}, which writes the changes between two
 * commands ({@link CommitFence}) and forces them to the disk ({@code fsync}). {@link GroupCommit}
 * calls it for every {@link Durability#flush()} and once a second otherwise, so a power loss loses
 * at most the last second of writes that nobody waited for. A file left with documents that their
 * indexes do not know (by a version before the fence) is repaired when it is opened ({@link
 * IndexRepair}).
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private static final String LOOPBACK = "127.0.0.1";

    private final MVStore store;
    private final H2Backend backend;
    private final CommitFence fence;
    private final MongoServer server;
    private final String connectionString;

    private EmbeddedMongo(MVStore store, H2Backend backend, int port) {
        this.store = store;
        this.backend = backend;
        this.fence = new CommitFence((MongoBackend) backend);
        this.server = new MongoServer(fence);
        // Loopback by address, not by the name "localhost" (which a hosts file may point
        // elsewhere): the server has no authentication, so nothing off this host may reach it.
        server.bind(LOOPBACK, port);
        this.connectionString = server.getConnectionString();
    }

    /** The address the server listens on (always loopback). */
    public InetSocketAddress address() {
        return server.getLocalAddress();
    }

    /** Starts a server whose data lives in {@code dataDir/migrasi.mv.db}. */
    public static EmbeddedMongo onFile(Path dataDir) {
        return onFile(dataDir, 0);
    }

    /**
     * Starts a server on {@code dataDir/migrasi.mv.db} listening on loopback {@code port} (0 picks
     * a free one). A fixed port lets a client reconnect after the server is restarted, and a second
     * instance or a tool reach it ({@code MIGRASI_EMBEDDED_PORT}).
     */
    public static EmbeddedMongo onFile(Path dataDir, int port) {
        return onFile(dataDir, port, Pages.DEFAULT);
    }

    /**
     * How the file's pages are cached and split ({@link StoreSettings#embeddedCacheMb}, {@link
     * StoreSettings#embeddedPageKb}).
     */
    public record Pages(int cacheMb, int splitKb) {

        /**
         * H2's own defaults, 16 MB and 16 KB (32 MB and 4 KB were tried in round 16: fewer pages
         * deserialised, but the cache's bookkeeping of four times as many pages cost as much; not
         * shown better).
         */
        public static final Pages DEFAULT = new Pages(16, 16);
    }

    /** {@link #onFile(Path, int)} with the file's page cache and page size. */
    public static EmbeddedMongo onFile(Path dataDir, int port, Pages pages) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dataDir, e);
        }
        Path file = dataDir.resolve("migrasi.mv.db");
        MVStore store =
                new MVStore.Builder()
                        .fileName(file.toString())
                        .autoCommitDisabled()
                        .autoCommitBufferSize(0)
                        .cacheSize(pages.cacheMb())
                        .pageSplitSize(pages.splitKb() * 1024)
                        .open();
        H2Backend backend = new IndexedH2Backend(store);
        IndexRepair.run(store, backend);
        EmbeddedMongo mongo = new EmbeddedMongo(store, backend, port);
        log.info(
                "Storage: embedded MongoDB (mongo-java-server, H2 file {}) on {}",
                file.toAbsolutePath(),
                mongo.server.getLocalAddress());
        return mongo;
    }

    /** Starts a server that keeps data in memory only (tests). */
    public static EmbeddedMongo inMemory() {
        EmbeddedMongo mongo = new EmbeddedMongo(null, IndexedH2Backend.memoryOnly(), 0);
        log.info("Storage: embedded MongoDB in memory on {}", mongo.server.getLocalAddress());
        return mongo;
    }

    /** The {@code mongodb://} URI of this server. */
    public String connectionString() {
        return connectionString;
    }

    /** The loopback port the server listens on. */
    public int port() {
        return server.getLocalAddress().getPort();
    }

    /** Whether the data lives in a file (and {@link #commit()} has something to do). */
    public boolean onDisk() {
        return store != null;
    }

    /**
     * Writes every change acknowledged so far to the file, between two commands, and forces it to
     * the disk. Safe to call from any thread; H2 serialises the writes.
     */
    public void commit() {
        if (store != null && !store.isClosed()) {
            fence.betweenCommands(store::commit);
            store.sync();
        }
    }

    /**
     * Rewrites the live pages of sparse chunks when less than {@code fillRate} percent of the file
     * is live (at most {@code bytes} per call; the next {@link #commit()} writes them). H2's
     * background writer would do this, but it is off; without it every commit leaves partly dead
     * chunks behind and the file only grows (800 MB in nine minutes of the transport benchmark).
     */
    public void compactIfSparse(int fillRate, int bytes) {
        if (store != null && !store.isClosed() && store.getFillRate() < fillRate) {
            fence.betweenCommands(() -> store.compact(fillRate, bytes));
        }
    }

    @Override
    public void close() {
        server.shutdown();
        commit();
        if (store != null) {
            backend.close();
        }
        log.info("Storage: embedded MongoDB stopped");
    }
}
