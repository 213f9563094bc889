package id.migrasiaman.reports;

import java.io.InputStream;
import java.util.Optional;

/** Fetches a file the user sent, through the channel it came from (Telegram's getFile). */
public interface EvidenceFetcher {

    /** The file behind {@code fileRef}, or empty if this channel cannot fetch it. */
    Optional<FetchedFile> fetch(String fileRef) throws java.io.IOException;

    /**
     * A downloaded file.
     *
     * @param data the bytes, to be closed by the caller
     * @param fileName the name the channel gives, may be null
     * @param size the size the channel announced, or -1
     */
    record FetchedFile(InputStream data, String fileName, long size) {}
}
