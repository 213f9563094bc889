package id.migrasiaman.reports.evidence;

import id.migrasiaman.reports.EvidenceRef;
import java.util.Optional;

/**
 * Keeps an {@link EvidenceRef} in the conversation state as one string: id|kind|sha256|size|type; a
 * file still downloading as {@code pending|<download key>}.
 */
public final class EvidenceCodec {

    private static final String PENDING = "pending|";

    private EvidenceCodec() {}

    /** A file still being downloaded under {@code key} ({@link EvidenceDownloads}). */
    public static String pending(String key) {
        return PENDING + key;
    }

    /** The download key of a pending file, or empty for a stored one. */
    public static Optional<String> pendingKey(String encoded) {
        return encoded.startsWith(PENDING)
                ? Optional.of(encoded.substring(PENDING.length()))
                : Optional.empty();
    }

    public static String encode(EvidenceRef ref) {
        return String.join(
                "|",
                ref.id(),
                ref.kind(),
                ref.sha256(),
                String.valueOf(ref.size()),
                ref.contentType());
    }

    public static EvidenceRef decode(String encoded) {
        String[] p = encoded.split("\\|", -1);
        return new EvidenceRef(p[0], p[1], p[2], Long.parseLong(p[3]), p[4]);
    }
}
