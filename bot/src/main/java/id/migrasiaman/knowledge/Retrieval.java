package id.migrasiaman.knowledge;

import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.knowledge.lint.ContentValidator;
import id.migrasiaman.knowledge.retrieval.HybridRetrieval;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Normaliser;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds the curated topic that answers a free-text question, or abstains. Thread-safe. */
@FunctionalInterface
public interface Retrieval {

    /** The best topic for {@code text}, or empty when no topic matches well enough. */
    Optional<TopicMatch> match(String text);

    /** The id of the best topic for {@code text}, or empty when retrieval abstains. */
    default Optional<String> topicFor(String text) {
        return match(text).map(TopicMatch::topicId);
    }

    /**
     * Up to {@code limit} topics closest to {@code text}, best first, for when {@link #match}
     * abstains: they were not close enough to answer, but may be worth offering as buttons. Empty
     * when the retriever cannot rank (the default) or nothing is even remotely close.
     */
    default List<TopicMatch> suggestions(String text, int limit) {
        return List.of();
    }

    /**
     * Whether a question read as {@code analysis} may be answered from the topics at all: the
     * relevance model gives it at least {@code gate.min-relevance} (see {@link RetrievalTuning}) of
     * being about working abroad. Lower than the relevance model's own threshold: a short question
     * in a migration bot ("berapa biayanya?", "syaratnya apa saja?") is about working abroad unless
     * it says otherwise, and retrieval's off-topic class catches the near-misses.
     */
    static boolean aboutTopics(Analysis analysis) {
        return analysis.relevance() >= RetrievalTuning.bundled().gateMinRelevance();
    }

    /**
     * A retriever over the content in {@code contentDir}, without Spring: for command-line tools.
     *
     * @throws InvalidContentException when the content fails the lint
     */
    static Retrieval fromDirectory(Path contentDir) {
        Normaliser normaliser = new Normaliser();
        ContentSet content = new ContentValidator(normaliser).loadValid(contentDir);
        return HybridRetrieval.of(content, normaliser);
    }
}
