package id.migrasiaman.knowledge.live;

import id.migrasiaman.knowledge.FilePolling;
import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.knowledge.content.Problem;
import id.migrasiaman.knowledge.lint.ContentValidator;
import id.migrasiaman.nlp.Normaliser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The content being served, reloaded when its files change. Construction loads and validates the
 * directory and fails on any problem; after that, a valid edit replaces the snapshot within one
 * poll interval, and an invalid edit is logged once and ignored, so the bot keeps answering.
 */
public final class LiveContent extends FilePolling {

    private static final Logger log = LoggerFactory.getLogger(LiveContent.class);

    private final Path dir;
    private final Normaliser normaliser;
    private final Path modelCache;
    private final ContentValidator validator;
    private final AtomicReference<KnowledgeSnapshot> current = new AtomicReference<>();
    private volatile String rejected = "";

    public LiveContent(Path dir, Duration interval, Normaliser normaliser) {
        this(dir, interval, normaliser, null);
    }

    /**
     * @param modelCache where models trained from the content are kept between starts (null: none)
     */
    public LiveContent(Path dir, Duration interval, Normaliser normaliser, Path modelCache) {
        super("content-reload", interval);
        this.dir = dir;
        this.modelCache = modelCache;
        this.normaliser = normaliser;
        this.validator = new ContentValidator(normaliser);
        String fingerprint = ContentFingerprint.of(dir);
        current.set(
                KnowledgeSnapshot.build(
                        validator.loadValid(dir), normaliser, fingerprint, modelCache));
        log.info("Content loaded from {}: {}", dir.toAbsolutePath(), describe(current.get()));
    }

    public KnowledgeSnapshot current() {
        return current.get();
    }

    /** Loads the directory if its files changed; returns whether a new snapshot went live. */
    @Override
    protected boolean reloadIfChanged() {
        String fingerprint = ContentFingerprint.of(dir);
        if (fingerprint.equals(current.get().fingerprint()) || fingerprint.equals(rejected)) {
            return false;
        }
        ContentValidator.Checked checked = validator.check(dir);
        List<Problem> problems = checked.problems();
        if (!checked.valid()) {
            rejected = fingerprint;
            log.warn(
                    "Content edit rejected, previous content stays live: {}{}",
                    problems.get(0),
                    problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
            return false;
        }
        current.set(
                KnowledgeSnapshot.build(checked.content(), normaliser, fingerprint, modelCache));
        log.info("Content reloaded: {}", describe(current.get()));
        return true;
    }

    private static String describe(KnowledgeSnapshot snapshot) {
        ContentSet content = snapshot.content();
        return content.topics().size()
                + " topics, "
                + content.flags().size()
                + " red flags, "
                + content.hotlines().size()
                + " hotlines";
    }
}
