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
 * Takes a photo, document or voice note. During a report (and a follow-up to one) the file is only
 * queued ({@link EvidenceDownloads}: fetched and stored in GridFS with its SHA-256 off the chat's
 * path, a durable job so a restart loses nothing) and the reply says "received, saving…"; other
 * callers store at once. A file the channel knows as the same ({@code file_unique_id}) is stored
 * once; a new file must fit the person's and the report's quota ({@link EvidenceQuota}) before it
 * is even downloaded.
 */
@Component
public class EvidenceIntake {

    private static final Logger log = LoggerFactory.getLogger(EvidenceIntake.class);

    /** What became of a file. */
    public enum Outcome {
        STORED,
        OVER_QUOTA,
        TOO_LARGE,
        FAILED
    }

    /** A file's outcome, with its reference when stored. */
    public record Stored(Outcome outcome, Optional<EvidenceRef> ref) {

        static Stored not(Outcome outcome) {
            return new Stored(outcome, Optional.empty());
        }
    }

    private final ObjectProvider<EvidenceFetcher> fetcher;
    private final EvidenceStore store;
    private final EvidenceQuota quota;
    private final EvidenceDownloads downloads;
    private final ReportPrompts prompts;
    private final long maxBytes;

    EvidenceIntake(
            ObjectProvider<EvidenceFetcher> fetcher,
            EvidenceStore store,
            EvidenceQuota quota,
            EvidenceDownloads downloads,
            ReportPrompts prompts,
            ReportSettings settings) {
        this.fetcher = fetcher;
        this.store = store;
        this.quota = quota;
        this.downloads = downloads;
        this.prompts = prompts;
        this.maxBytes = settings.evidenceMaxBytes().toBytes();
    }

    /**
     * Queues {@code media} for the draft {@code data} (stored at once when the same file is in
     * already) and adds it to {@code data}; the reply says what happened.
     */
    public Reply accept(Turn turn, Content.Media media, ReportData data) {
        String lang = turn.language();
        List<String> held = data.evidence();
        EvidenceQuota.Usage draft =
                new EvidenceQuota.Usage(
                        held.size(),
                        held.stream()
                                .filter(e -> EvidenceCodec.pendingKey(e).isEmpty())
                                .mapToLong(e -> EvidenceCodec.decode(e).size())
                                .sum());
        String key = sourceKey(turn, media);
        // The same file again while it is still being saved: nothing new to queue.
        boolean saving = held.contains(EvidenceCodec.pending(key));
        Optional<EvidenceRef> known = saving ? Optional.empty() : store.known(key);
        if (known.isPresent()) {
            data.addEvidence(EvidenceCodec.encode(known.get()));
        } else if (!saving) {
            Optional<Outcome> refused = queue(turn, media, key, null, draft);
            if (refused.isPresent()) {
                return button(lang, messageKey(refused.get()));
            }
            data.addEvidence(EvidenceCodec.pending(key));
        }
        if (media.caption() != null && !media.caption().isBlank()) {
            data.appendWhat(media.caption());
        }
        return Reply.withButtons(
                prompts.t(lang, "report.evidence.receiving", data.evidence().size()),
                List.of(List.of(prompts.button(lang, "report.done", "done"))));
    }

    /**
     * Queues {@code media} for report {@code code} (a follow-up): attached when it is in. Empty
     * when queued; otherwise why it was refused.
     */
    public Optional<Outcome> acceptFor(Turn turn, Content.Media media, String code) {
        String key = sourceKey(turn, media);
        Optional<Outcome> refused = queue(turn, media, key, code, EvidenceQuota.Usage.NONE);
        if (refused.isEmpty()) {
            downloads.attachTo(key, code);
        }
        return refused;
    }

    /** Queues the download: empty when queued, else why it was refused. */
    private Optional<Outcome> queue(
            Turn turn, Content.Media media, String key, String code, EvidenceQuota.Usage draft) {
        if (media.sizeBytes() > maxBytes) {
            return Optional.of(Outcome.TOO_LARGE);
        }
        if (fetcher.getIfAvailable() == null) {
            return Optional.of(Outcome.FAILED);
        }
        String person = person(turn);
        if (!quota.allows(person, code, draft, media.sizeBytes())) {
            return Optional.of(Outcome.OVER_QUOTA);
        }
        downloads.enqueue(key, media, turn.message().userPseudonym());
        quota.record(person, code, media.sizeBytes());
        return Optional.empty();
    }

    /** Fetches and stores {@code media} of this turn; empty when refused or failed. */
    public Optional<EvidenceRef> store(Turn turn, Content.Media media) {
        String code =
                turn.state().active() == null
                        ? null
                        : turn.state().active().reportCode().orElse(null);
        return store(turn, media, code).ref();
    }

    /** Stores {@code media} for report {@code code} (null: a new report), counting its quota. */
    public Stored store(Turn turn, Content.Media media, String code) {
        return store(turn, media, sourceKey(turn, media), code, EvidenceQuota.Usage.NONE);
    }

    /**
     * Stores a file sent earlier in this conversation under {@code sourceKey}, for report {@code
     * code} or (null) a draft that holds {@code draft} already.
     */
    public Stored store(
            Turn turn,
            Content.Media media,
            String sourceKey,
            String code,
            EvidenceQuota.Usage draft) {
        Optional<EvidenceRef> known = store.known(sourceKey);
        if (known.isPresent()) {
            return new Stored(Outcome.STORED, known);
        }
        String person = person(turn);
        if (!quota.allows(person, code, draft, media.sizeBytes())) {
            return Stored.not(Outcome.OVER_QUOTA);
        }
        Stored stored = fetchAndStore(media, sourceKey);
        stored.ref().ifPresent(ref -> quota.record(person, code, ref.size()));
        return stored;
    }

    /** The quota message, or the reason a file was not stored. */
    public static String messageKey(Outcome outcome) {
        return switch (outcome) {
            case OVER_QUOTA -> "report.evidence.quota";
            case TOO_LARGE -> "report.evidence.toolarge";
            default -> "report.evidence.failed";
        };
    }

    /** One key per file: the channel's unique file id when it gives one, else the message. */
    static String sourceKey(Turn turn, Content.Media media) {
        if (media.uniqueId() != null && !media.uniqueId().isBlank()) {
            return "ev:u:" + media.uniqueId();
        }
        return "ev:"
                + (turn.message().sourceKey() != null
                        ? turn.message().sourceKey()
                        : media.fileRef());
    }

    private static String person(Turn turn) {
        String pseudonym = turn.message().userPseudonym();
        return pseudonym != null ? pseudonym : turn.message().conversationId();
    }

    private Stored fetchAndStore(Content.Media media, String sourceKey) {
        EvidenceFetcher channel = fetcher.getIfAvailable();
        if (media.sizeBytes() > maxBytes) {
            return Stored.not(Outcome.TOO_LARGE);
        }
        if (channel == null) {
            return Stored.not(Outcome.FAILED);
        }
        try {
            Optional<EvidenceFetcher.FetchedFile> file = channel.fetch(media.fileRef());
            if (file.isEmpty()) {
                return Stored.not(Outcome.FAILED);
            }
            try (InputStream in = file.get().data()) {
                EvidenceRef ref =
                        store.store(
                                sourceKey,
                                media.kind().name(),
                                file.get().fileName(),
                                contentType(media.kind()),
                                in,
                                maxBytes);
                return new Stored(Outcome.STORED, Optional.of(ref));
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Evidence could not be stored: {}", e.getClass().getSimpleName());
            return Stored.not(Outcome.FAILED);
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
