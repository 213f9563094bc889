package id.migrasiaman.reports.evidence;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.reports.EvidenceFetcher;
import id.migrasiaman.reports.EvidenceRef;
import id.migrasiaman.reports.EvidenceStore;
import id.migrasiaman.reports.ReportSettings;
import id.migrasiaman.reports.chat.ReportData;
import id.migrasiaman.reports.chat.ReportPrompts;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Takes a photo, document or voice note sent during a report. During the report flow the file is
 * only queued ({@link EvidenceDownloads}: fetched and stored in GridFS with its SHA-256 off the
 * chat's path, a durable job so a restart loses nothing) and the reply says "received, saving…".
 */
@Component
public class EvidenceIntake {

    private static final Logger log = LoggerFactory.getLogger(EvidenceIntake.class);

    private final ObjectProvider<EvidenceFetcher> fetcher;
    private final EvidenceStore store;
    private final EvidenceDownloads downloads;
    private final ReportPrompts prompts;
    private final long maxBytes;

    EvidenceIntake(
            ObjectProvider<EvidenceFetcher> fetcher,
            EvidenceStore store,
            EvidenceDownloads downloads,
            ReportPrompts prompts,
            ReportSettings settings) {
        this.fetcher = fetcher;
        this.store = store;
        this.downloads = downloads;
        this.prompts = prompts;
        this.maxBytes = settings.evidenceMaxBytes().toBytes();
    }

    /** Queues {@code media} and records it in {@code data}; the reply says what happened. */
    public Reply accept(Turn turn, Content.Media media, ReportData data) {
        String lang = turn.language();
        if (fetcher.getIfAvailable() == null || media.sizeBytes() > maxBytes) {
            return button(
                    lang,
                    media.sizeBytes() > maxBytes
                            ? "report.evidence.toolarge"
                            : "report.evidence.failed");
        }
        String key = downloadKey(turn, media);
        downloads.enqueue(key, media, turn.message().userPseudonym());
        data.addToList(ReportData.EVIDENCE, EvidenceCodec.pending(key));
        if (media.caption() != null && !media.caption().isBlank()) {
            data.appendText(ReportData.WHAT, media.caption());
        }
        turn.update(turn.state().inFlow(turn.state().flow(), turn.state().step(), data.values()));
        return Reply.withButtons(
                prompts.t(lang, "report.evidence.receiving", data.list(ReportData.EVIDENCE).size()),
                List.of(List.of(prompts.button(lang, "report.done", "done"))));
    }

    /**
     * Queues {@code media} for report {@code code} (a follow-up): attached when it is in; false
     * when it is too large or cannot be fetched in this mode.
     */
    public boolean acceptFor(Turn turn, Content.Media media, String code) {
        if (fetcher.getIfAvailable() == null || media.sizeBytes() > maxBytes) {
            return false;
        }
        String key = downloadKey(turn, media);
        downloads.enqueue(key, media, turn.message().userPseudonym());
        downloads.attachTo(key, code);
        return true;
    }

    /**
     * Fetches and stores {@code media} at once, on the caller's thread (family and Satgas
     * messages); empty when too large, unavailable or failed.
     */
    public Optional<EvidenceRef> store(Turn turn, Content.Media media) {
        return store(
                media,
                "ev:"
                        + (turn.message().sourceKey() != null
                                ? turn.message().sourceKey()
                                : media.fileRef()));
    }

    /** {@link #store(Turn, Content.Media)} under {@code sourceKey}: one key stores one file. */
    public Optional<EvidenceRef> store(Content.Media media, String sourceKey) {
        EvidenceFetcher channel = fetcher.getIfAvailable();
        if (channel == null || media.sizeBytes() > maxBytes) {
            return Optional.empty();
        }
        try {
            Optional<EvidenceFetcher.FetchedFile> file = channel.fetch(media.fileRef());
            if (file.isEmpty()) {
                return Optional.empty();
            }
            try (InputStream in = file.get().data()) {
                return Optional.of(
                        store.store(
                                sourceKey,
                                media.kind().name(),
                                file.get().fileName(),
                                contentType(media.kind()),
                                in,
                                maxBytes));
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Evidence could not be stored: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static String downloadKey(Turn turn, Content.Media media) {
        return "ev:"
                + (turn.message().sourceKey() != null
                        ? turn.message().sourceKey()
                        : media.fileRef());
    }

    private Reply button(String lang, String key) {
        return Reply.withButtons(
                prompts.t(lang, key),
                List.of(List.of(prompts.button(lang, "report.done", "done"))));
    }

    private static String contentType(Content.MediaKind kind) {
        return EvidenceDownloads.contentType(kind.name());
    }
}
