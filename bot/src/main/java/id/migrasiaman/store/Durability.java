package id.migrasiaman.store;

/**
 * Makes acknowledged writes survive a crash or a power loss. With {@code MONGODB_URI} every write
 * is already on a majority of the replica set and in its journal (write concern majority + j) when
 * it returns, so there is nothing to do. The embedded server writes its H2 file only when told:
 * {@link #flush()} waits for a commit and an {@code fsync} that include every write made before the
 * call (shared by concurrent callers: a group commit).
 */
public interface Durability {

    /** Returns once every write made so far is on durable storage. */
    void flush();

    /**
     * Whether durability rests on this machine's disk (the embedded store on a file): then the
     * inbox journals updates in a local file of its own before they reach the store.
     */
    default boolean local() {
        return false;
    }
}
