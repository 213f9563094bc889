package id.migrasiaman.reports;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.reports.evidence.EvidenceIntake;
import id.migrasiaman.reports.evidence.EvidenceQuota;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Files a person sent before saying what they are for: kept in the conversation's flow data as the
 * channel's handles (kind, size, handle; never the bytes) and stored as evidence only once chosen.
 */
@Component
public class PendingFiles {

    /** At most this many files wait for a choice; an album rarely has more. */
    static final int MAX = 10;

    private static final String COUNT = "files";
    private static final String FILE = "file.";

    private final EvidenceIntake evidence;

    PendingFiles(EvidenceIntake evidence) {
        this.evidence = evidence;
    }

    /** Adds {@code media} to the files waiting in {@code data}; returns how many wait now. */
    public static int add(Map<String, String> data, Content.Media media) {
        int count = count(data);
        if (count >= MAX) {
            return count;
        }
        data.put(
                FILE + count,
                String.join(
                        "|",
                        media.kind().name(),
                        String.valueOf(media.sizeBytes()),
                        media.fileRef(),
                        media.uniqueId() == null ? "" : media.uniqueId()));
        data.put(COUNT, String.valueOf(count + 1));
        return count + 1;
    }

    public static int count(Map<String, String> data) {
        try {
            return Integer.parseInt(data.getOrDefault(COUNT, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The files waiting in {@code data}. */
    static List<Content.Media> list(Map<String, String> data) {
        List<Content.Media> out = new ArrayList<>();
        for (int i = 0; i < count(data); i++) {
            // kind|size|fileRef|uniqueId; files kept before the unique id have three parts.
            String[] p = data.getOrDefault(FILE + i, "").split("\\|", -1);
            if (p.length == 3 || p.length == 4) {
                String uniqueId = p.length == 4 && !p[3].isEmpty() ? p[3] : null;
                out.add(
                        new Content.Media(
                                Content.MediaKind.valueOf(p[0]),
                                p[2],
                                Long.parseLong(p[1]),
                                null,
                                uniqueId));
            }
        }
        return out;
    }

    /**
     * Stores every file waiting in {@code data}; the ones that could not be stored are left out.
     */
    public List<EvidenceRef> storeAll(Turn turn, Map<String, String> data) {
        List<EvidenceRef> stored = new ArrayList<>();
        for (Content.Media m : list(data)) {
            String key = m.uniqueId() != null ? "ev:u:" + m.uniqueId() : "ev:file:" + m.fileRef();
            EvidenceQuota.Usage batch =
                    new EvidenceQuota.Usage(
                            stored.size(), stored.stream().mapToLong(EvidenceRef::size).sum());
            evidence.store(turn, m, key, null, batch).ref().ifPresent(stored::add);
        }
        return stored;
    }

    /** Stores the file of this turn at once. */
    public Optional<EvidenceRef> store(Turn turn, Content.Media media) {
        return evidence.store(turn, media);
    }
}
