package id.migrasiaman.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractMongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every stored document back its index entries before the embedded server takes commands.
 *
 * <p>A file written before {@link CommitFence} existed can hold a document whose {@code _id} (or
 * other unique) index entry a {@code kill -9} cut off: the H2 backend writes the document before
 * its index entries and removes the index entries before the document, so a torn write always
 * leaves a document its indexes do not know — never the reverse. Such a document is invisible to a
 * query by id, and an insert or upsert of its id fails for good. Each is indexed again (a torn
 * delete is thereby undone, as if the kill had come just before it). Collection names and counts
 * are logged, never contents.
 */
final class IndexRepair {

    private static final Logger log = LoggerFactory.getLogger(IndexRepair.class);

    private static final String DATA_MAPS = "databases.";

    private IndexRepair() {}

    /** Repairs every collection of {@code store}; returns how many index entries were added. */
    static long run(MVStore store, H2Backend backend) {
        long added = 0;
        for (String mapName : store.getMapNames()) {
            if (!mapName.startsWith(DATA_MAPS)) {
                continue;
            }
            String full = mapName.substring(DATA_MAPS.length());
            int dot = full.indexOf('.');
            if (dot < 0 || full.startsWith("system.", dot + 1)) {
                continue;
            }
            MongoDatabase database = backend.resolveDatabase(full.substring(0, dot));
            MongoCollection<?> collection =
                    database.resolveCollection(full.substring(dot + 1), false);
            if (collection instanceof AbstractMongoCollection<?> indexed) {
                long here = repair(store.openMap(mapName), indexed);
                if (here > 0) {
                    log.warn(
                            "Embedded store: {} document(s) of {} were missing from an index (a"
                                    + " kill during a write); indexed again",
                            here,
                            full);
                }
                added += here;
            }
        }
        if (added > 0) {
            store.commit();
            store.sync();
        }
        return added;
    }

    @SuppressWarnings("unchecked")
    private static <P> long repair(
            MVMap<Object, Document> data, AbstractMongoCollection<P> collection) {
        long added = 0;
        for (Index<P> index : collection.getIndexes()) {
            for (Map.Entry<Object, Document> entry : data.entrySet()) {
                Document document = entry.getValue();
                if (index.getPosition(document) != null) {
                    continue;
                }
                // A sparse index leaves out documents without its keys: add() skips those.
                index.add(document, (P) entry.getKey(), collection);
                if (index.getPosition(document) != null) {
                    added++;
                }
            }
        }
        return added;
    }
}
