package id.migrasiaman.knowledge.live;

import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.knowledge.retrieval.HybridRetrieval;
import id.migrasiaman.nlp.Normaliser;
import java.nio.file.Path;

/**
 * One validated version of the content with everything built from it. A reload swaps the whole
 * snapshot at once, so a request never mixes an old index with new answers.
 *
 * @param fingerprint the {@link ContentFingerprint} of the files it was built from
 */
public record KnowledgeSnapshot(
        ContentSet content,
        HybridRetrieval retrieval,
        AnswerBook answers,
        PatternOfferChecker offers,
        String fingerprint) {

    static KnowledgeSnapshot build(
            ContentSet content, Normaliser normaliser, String fingerprint, Path modelCache) {
        return new KnowledgeSnapshot(
                content,
                HybridRetrieval.of(content, normaliser, modelCache),
                new AnswerBook(content),
                new PatternOfferChecker(content.flags(), normaliser),
                fingerprint);
    }
}
