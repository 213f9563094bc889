package id.migrasiaman.knowledge.retrieval;

import id.migrasiaman.conversation.html.TelegramHtml;
import id.migrasiaman.knowledge.content.Phrasings;
import id.migrasiaman.knowledge.content.Topic;
import id.migrasiaman.nlp.Normaliser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * An in-memory Lucene index of the topics: one document per phrasing or title (short, so a
 * paraphrase scores close to its original) and one per answer, in Indonesian and in English.
 */
final class TopicIndex {

    static final String LANG = "lang";

    final IndexSearcher searcher;
    final FieldStatistics statistics;
    private final String[] topics;
    private final String[] keys;
    private final String[] languages;
    private final Map<String, Integer> phrasingCounts = new HashMap<>();

    private TopicIndex(IndexSearcher searcher) throws IOException {
        this.searcher = searcher;
        // Every question is new text: caching query results would only cost time.
        searcher.setQueryCache(null);
        statistics = FieldStatistics.of(searcher.getIndexReader(), IndexFields.searched());
        int size = searcher.getIndexReader().maxDoc();
        topics = new String[size];
        keys = new String[size];
        languages = new String[size];
        StoredFields stored = searcher.storedFields();
        for (int doc = 0; doc < size; doc++) {
            Document fields = stored.document(doc);
            topics[doc] = fields.get(IndexFields.TOPIC);
            keys[doc] = fields.get(IndexFields.KEY);
            languages[doc] = fields.get(LANG);
            if (!isAnswer(doc)) {
                phrasingCounts.merge(topics[doc], 1, Integer::sum);
            }
        }
    }

    /** Indexes {@code topics}; the index lives in memory and needs no closing. */
    static TopicIndex build(List<Topic> topics, Normaliser normaliser) {
        return build(topics, Phrasings.NONE, normaliser);
    }

    /**
     * Indexes {@code topics} and the off-topic examples, as phrasings of the pseudo-topic {@link
     * TopicClassifier#OFF_TOPIC}.
     */
    static TopicIndex build(List<Topic> topics, Phrasings offTopic, Normaliser normaliser) {
        // One buffer per file: slicing many small buffers on every term lookup was the hot spot.
        ByteBuffersDirectory directory =
                new ByteBuffersDirectory(
                        new SingleInstanceLockFactory(),
                        ByteBuffersDataOutput::new,
                        ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        try (IndexWriter writer =
                new IndexWriter(directory, new IndexWriterConfig(IndexFields.PER_FIELD))) {
            for (Topic topic : topics) {
                addTopic(writer, topic, normaliser);
            }
            addPhrasings(writer, TopicClassifier.OFF_TOPIC, offTopic, normaliser);
            writer.commit();
            return new TopicIndex(new IndexSearcher(DirectoryReader.open(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String topic(int doc) {
        return topics[doc];
    }

    /** {@code topic/language/n} for a phrasing, {@code topic/answer/language} for an answer. */
    String key(int doc) {
        return keys[doc];
    }

    String language(int doc) {
        return languages[doc];
    }

    /** How many phrasings and titles {@code topic} has in the index. */
    int phrasingCount(String topic) {
        return phrasingCounts.getOrDefault(topic, 0);
    }

    boolean isAnswer(int doc) {
        return keys[doc].contains("/answer/");
    }

    private static void addTopic(IndexWriter writer, Topic topic, Normaliser normaliser)
            throws IOException {
        addPhrasings(writer, topic.id(), topic.questions(), normaliser);
        for (String language : List.of("id", "en")) {
            String title = normaliser.normalise(topic.title().in(language));
            writer.addDocument(
                    phrasing(topic.id(), topic.id() + "/title/" + language, language, title));
            String answer =
                    TelegramHtml.plainText(
                            topic.answer().in(language) + "\n" + topic.more().in(language));
            writer.addDocument(answer(topic.id(), language, normaliser.normalise(answer)));
        }
    }

    private static void addPhrasings(
            IndexWriter writer, String topic, Phrasings questions, Normaliser normaliser)
            throws IOException {
        for (String language : Phrasings.LANGUAGES) {
            List<String> phrasings = questions.in(language);
            for (int i = 0; i < phrasings.size(); i++) {
                String key = topic + "/" + language + "/" + i;
                writer.addDocument(
                        phrasing(topic, key, language, normaliser.normalise(phrasings.get(i))));
            }
        }
    }

    private static Document phrasing(String topic, String key, String language, String text) {
        Document doc = identity(topic, key, "en".equals(language) ? "en" : "id");
        if ("en".equals(language)) {
            doc.add(new TextField(IndexFields.PHRASING_EN, text, Field.Store.NO));
        } else {
            doc.add(new TextField(IndexFields.PHRASING_ID, text, Field.Store.NO));
        }
        return doc;
    }

    private static Document answer(String topic, String language, String text) {
        Document doc = identity(topic, topic + "/answer/" + language, language);
        String field = "en".equals(language) ? IndexFields.ANSWER_EN : IndexFields.ANSWER_ID;
        doc.add(new TextField(field, text, Field.Store.NO));
        return doc;
    }

    private static Document identity(String topic, String key, String language) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.TOPIC, topic, Field.Store.YES));
        doc.add(new StringField(IndexFields.KEY, key, Field.Store.YES));
        doc.add(new StringField(LANG, language, Field.Store.YES));
        return doc;
    }
}
