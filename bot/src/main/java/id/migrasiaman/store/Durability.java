package id.migrasiaman.store;

/**
 * Makes acknowledged writes survive a crash: the embedded server flushes its file; a real replica
 * set already has the write on a majority (the client uses write concern majority + journal).
 */
public interface Durability {

    /** Forces writes made so far to durable storage. */
    void flush();
}
