package id.migrasiaman.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The embedded server's backend with a fence between its commands and the commits of its file.
 *
 * <p>mongo-java-server's H2 backend writes one insert as two map entries (the document, then its
 * {@code _id} index entry) and one delete the other way round. A commit taken between the two
 * writes of another thread's command put the document on disk without its index entry; after a
 * {@code kill -9} the server answered a later insert or upsert of that id with a command error
 * ("already existed"), forever. That stopped the inbox relay in a clean-clone CI run. Commands run
 * under the read side of a lock, a commit under the write side, so a commit only ever captures
 * whole commands — each wire message's writes reach the file together or not at all.
 */
final class CommitFence implements MongoBackend {

    private final MongoBackend backend;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    CommitFence(MongoBackend backend) {
        this.backend = backend;
    }

    /** Runs {@code commit} while no command is half done (and none starts). */
    void betweenCommands(Runnable commit) {
        lock.writeLock().lock();
        try {
            commit.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private <T> T command(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Document handleCommand(
            Channel channel, String database, String command, Document query) {
        return command(() -> backend.handleCommand(channel, database, command, query));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return command(() -> backend.handleQuery(query));
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        return command(() -> backend.handleMessage(message));
    }

    @Override
    public void dropDatabase(String database) {
        command(
                () -> {
                    backend.dropDatabase(database);
                    return null;
                });
    }

    @Override
    public void handleClose(Channel channel) {
        backend.handleClose(channel);
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        return backend.getCurrentOperations(query);
    }

    @Override
    public Document getServerStatus() {
        return backend.getServerStatus();
    }

    @Override
    public void close() {
        backend.close();
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        backend.closeCursors(cursorIds);
    }

    @Override
    public Clock getClock() {
        return backend.getClock();
    }

    @Override
    public void enableOplog() {
        backend.enableOplog();
    }

    @Override
    public void disableOplog() {
        backend.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return backend.resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        backend.version(version);
        return this;
    }
}
