package id.migrasiaman.reports;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.reports.evidence.EvidenceIntake;
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
                media.kind().name() + "|" + media.sizeBytes() + "|" + media.fileRef());
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
            String[] p = data.getOrDefault(FILE + i, "").split("\\|", 3);
            if (p.length == 3) {
                out.add(
                        new Content.Media(
                                Content.MediaKind.valueOf(p[0]), p[2], Long.parseLong(p[1]), null));
            }
        }
        return out;
    }

    /**
     * Stores every file waiting in {@code data}; the ones that could not be stored are left out.
     */
    public List<EvidenceRef> storeAll(Map<String, String> data) {
        return list(data).stream()
                .map(m -> evidence.store(m, "ev:file:" + m.fileRef()))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Stores the file of this turn at once. */
    public Optional<EvidenceRef> store(Turn turn, Content.Media media) {
        return evidence.store(turn, media);
    }
}
