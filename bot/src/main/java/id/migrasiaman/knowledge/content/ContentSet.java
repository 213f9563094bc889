package id.migrasiaman.knowledge.content;

import id.migrasiaman.knowledge.retrieval.TopicClassifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything read from the content directory: topics (sorted by id), hotlines, red flags, and the
 * off-topic examples (questions that share words with the topics but are not about them; see {@link
 * TopicClassifier}).
 */
public record ContentSet(
        List<Topic> topics, List<Hotline> hotlines, List<RedFlag> flags, Phrasings offTopic) {

    public ContentSet {
        topics = List.copyOf(topics);
        hotlines = List.copyOf(hotlines);
        flags = List.copyOf(flags);
    }

    /** Content without off-topic examples. */
    public ContentSet(List<Topic> topics, List<Hotline> hotlines, List<RedFlag> flags) {
        this(topics, hotlines, flags, Phrasings.NONE);
    }

    public ContentSet withTopics(List<Topic> other, Phrasings otherOffTopic) {
        return new ContentSet(other, hotlines, flags, otherOffTopic);
    }

    public Map<String, Topic> topicsById() {
        Map<String, Topic> byId = new LinkedHashMap<>();
        topics.forEach(t -> byId.putIfAbsent(t.id(), t));
        return byId;
    }
}
