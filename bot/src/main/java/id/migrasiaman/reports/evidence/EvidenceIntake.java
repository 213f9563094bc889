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
 * Takes a photo, document or voice note sent during a report: fetches it through its channel and
 * stores it in GridFS with its SHA-256 at once, so a restart or an expired link loses nothing.
 */
@Component
public class EvidenceIntake {

    private static final Logger log = LoggerFactory.getLogger(EvidenceIntake.class);

    private final ObjectProvider<EvidenceFetcher> fetcher;
    private final EvidenceStore store;
    private final ReportPrompts prompts;
    private final long maxBytes;

    EvidenceIntake(
            ObjectProvider<EvidenceFetcher> fetcher,
            EvidenceStore store,
            ReportPrompts prompts,
            ReportSettings settings) {
        this.fetcher = fetcher;
        this.store = store;
        this.prompts = prompts;
        this.maxBytes = settings.evidenceMaxBytes().toBytes();
    }

    /** Stores {@code media} and records it in {@code data}; the reply says what happened. */
    public Reply accept(Turn turn, Content.Media media, ReportData data) {
        String lang = turn.language();
        Optional<EvidenceRef> stored = store(turn, media);
        if (stored.isEmpty()) {
            return button(
                    lang,
                    media.sizeBytes() > maxBytes
                            ? "report.evidence.toolarge"
                            : "report.evidence.failed");
        }
        data.addToList(ReportData.EVIDENCE, EvidenceCodec.encode(stored.get()));
        if (media.caption() != null && !media.caption().isBlank()) {
            data.appendText(ReportData.WHAT, media.caption());
        }
        turn.update(turn.state().inFlow(turn.state().flow(), turn.state().step(), data.values()));
        return Reply.withButtons(
                prompts.t(lang, "report.evidence.saved", data.list(ReportData.EVIDENCE).size()),
                List.of(List.of(prompts.button(lang, "report.done", "done"))));
    }

    /** Fetches and stores {@code media}; empty when too large, unavailable or failed. */
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

    private Reply button(String lang, String key) {
        return Reply.withButtons(
                prompts.t(lang, key),
                List.of(List.of(prompts.button(lang, "report.done", "done"))));
    }

    private static String contentType(Content.MediaKind kind) {
        return switch (kind) {
            case PHOTO -> "image/jpeg";
            case VOICE -> "audio/ogg";
            case VIDEO -> "video/mp4";
            case AUDIO -> "audio/mpeg";
            case DOCUMENT -> "application/octet-stream";
        };
    }
}
