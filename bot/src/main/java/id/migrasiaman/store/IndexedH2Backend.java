package id.migrasiaman.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with its unique indexes on {@link IndexKeyType}: each index map is
 * opened with that key type just before the library opens it by name (H2 hands out the map already
 * open), under the library's own map name. Nothing else differs.
 */
final class IndexedH2Backend extends H2Backend {

    IndexedH2Backend(MVStore store) {
        super(store);
    }

    /** In memory only (tests). */
    static IndexedH2Backend memoryOnly() {
        return new IndexedH2Backend(MVStore.open(null));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    private static final class Database extends H2Database {

        /**
         * The store, also while the superclass's constructor opens the existing indexes (before
         * this class's fields are set).
         */
        private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

        private final MVStore store;

        Database(String databaseName, MVStore store, CursorRegistry cursors) {
            super(databaseName, opening(store), cursors);
            OPENING.remove();
            this.store = store;
        }

        private static MVStore opening(MVStore store) {
            OPENING.set(store);
            return store;
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(
                String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            MVStore mvStore = store != null ? store : OPENING.get();
            // The name H2Database gives the map (mapNameForIndex).
            String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
            mvStore.openMap(
                    mapName, new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
    }
}
