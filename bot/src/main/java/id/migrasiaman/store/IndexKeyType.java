package id.migrasiaman.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the embedded store's unique indexes (the {@code _id} index of every collection):
 * H2's {@link ObjectDataType}, with its bytes and its order, except that a key is serialised once
 * instead of at every comparison. mongo-java-server's index keys ({@link KeyValue}) are not {@code
 * Comparable}, so H2 orders them by their Java serialisation and serialised both keys again for
 * each step of every B-tree search: about half of the embedded server's CPU in the transport
 * benchmark's webhook phase (JFR), on every insert, find, update and delete by id. The order is
 * unchanged (the same bytes, compared the same way), so files written before read the same.
 */
final class IndexKeyType extends ObjectDataType {

    private static final SerialisedKeys KEYS = new SerialisedKeys();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue first && b instanceof KeyValue second) {
            return a == b ? 0 : compareNotNull(KEYS.of(first), KEYS.of(second));
        }
        return super.compare(a, b);
    }

    /**
     * The serialised form of each key object, for as long as the object lives (weakly, by identity:
     * keys are immutable, and a key dropped from H2's page cache or a finished search leaves the
     * map at the next insertion after the collector cleared it).
     */
    static final class SerialisedKeys {

        private final ConcurrentHashMap<Key, byte[]> bytes = new ConcurrentHashMap<>();
        private final ReferenceQueue<KeyValue> cleared = new ReferenceQueue<>();

        byte[] of(KeyValue key) {
            byte[] known = bytes.get(new Key(key, null));
            if (known != null) {
                return known;
            }
            byte[] serialised = serialize(key);
            expunge();
            bytes.put(new Key(key, cleared), serialised);
            return serialised;
        }

        int size() {
            expunge();
            return bytes.size();
        }

        private void expunge() {
            for (Object gone = cleared.poll(); gone != null; gone = cleared.poll()) {
                bytes.remove(gone);
            }
        }
    }

    /** A key object by identity; a cleared one equals only itself. */
    private static final class Key extends WeakReference<KeyValue> {

        private final int hash;

        Key(KeyValue key, ReferenceQueue<KeyValue> queue) {
            super(key, queue);
            this.hash = System.identityHashCode(key);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Key key)) {
                return false;
            }
            Object referent = get();
            return referent != null && referent == key.get();
        }
    }
}
