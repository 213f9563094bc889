package id.migrasiaman.conversation.flows;

import id.migrasiaman.conversation.Content;

/**
 * A file waiting for the person to say what it is for: the channel's handle, never the bytes.
 *
 * @param uniqueId the channel's stable id of the file, or null
 */
public record PendingFile(Content.MediaKind kind, long sizeBytes, String fileRef, String uniqueId) {

    /** At most this many files wait for a choice; an album rarely has more. */
    public static final int MAX = 10;

    public static PendingFile of(Content.Media media) {
        return new PendingFile(media.kind(), media.sizeBytes(), media.fileRef(), media.uniqueId());
    }

    /** The file as a media message without caption. */
    public Content.Media media() {
        return new Content.Media(kind, fileRef, sizeBytes, null, uniqueId);
    }
}
