package id.migrasiaman.conversation;

/** What a message carries, independent of the channel it came from. */
public sealed interface Content {

    /** Free text typed by the user. */
    record Text(String text) implements Content {}

    /** A slash command such as {@code /start} with its optional argument. */
    record Command(String name, String argument) implements Content {}

    /** A button the user pressed; {@code data} is what the bot attached to it. */
    record Button(String data) implements Content {}

    /**
     * A photo, document, voice note or video; {@code fileRef} is the channel's handle to fetch it,
     * {@code uniqueId} the channel's stable id of the file itself (Telegram's {@code
     * file_unique_id}: the same for the same file sent twice), or null.
     */
    record Media(MediaKind kind, String fileRef, long sizeBytes, String caption, String uniqueId)
            implements Content {

        /** A file whose channel gives no stable id. */
        public Media(MediaKind kind, String fileRef, long sizeBytes, String caption) {
            this(kind, fileRef, sizeBytes, caption, null);
        }
    }

    /** A shared location. */
    record Location(double latitude, double longitude) implements Content {}

    /**
     * A message the user edited after sending; {@code text} is its new text or caption. Only the
     * safety check reads it: an edit that now tells of danger is answered, others are not routed.
     */
    record Edited(String text) implements Content {}

    /** Anything the bot does not handle (stickers, polls, service messages). */
    record Unsupported(String kind) implements Content {}

    /** Kinds of media a user can send. */
    enum MediaKind {
        PHOTO,
        DOCUMENT,
        VOICE,
        VIDEO,
        AUDIO
    }
}
