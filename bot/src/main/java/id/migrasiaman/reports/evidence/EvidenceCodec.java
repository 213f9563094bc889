package id.migrasiaman.reports.evidence;

import id.migrasiaman.reports.EvidenceRef;

/**
 * Keeps an {@link EvidenceRef} in the conversation state as one string: id|kind|sha256|size|type.
 */
public final class EvidenceCodec {

    private EvidenceCodec() {}

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
