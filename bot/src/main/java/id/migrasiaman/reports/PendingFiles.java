package id.migrasiaman.reports;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.PendingFile;
import id.migrasiaman.reports.evidence.EvidenceIntake;
import id.migrasiaman.reports.evidence.EvidenceQuota;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Files a person sent before saying what they are for wait in the flow's state as {@link
 * PendingFile}s (the channel's handles, never the bytes) and are stored as evidence only once
 * chosen.
 */
@Component
public class PendingFiles {

    private final EvidenceIntake evidence;

    PendingFiles(EvidenceIntake evidence) {
        this.evidence = evidence;
    }

    /** Stores every file in {@code files}; the ones that could not be stored are left out. */
    public List<EvidenceRef> storeAll(Turn turn, List<PendingFile> files) {
        List<EvidenceRef> stored = new ArrayList<>();
        for (Content.Media m : files.stream().map(PendingFile::media).toList()) {
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
