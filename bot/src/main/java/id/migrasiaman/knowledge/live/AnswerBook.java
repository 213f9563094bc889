package id.migrasiaman.knowledge.live;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.migrasiaman.knowledge.Answer;
import id.migrasiaman.knowledge.Answers;
import id.migrasiaman.knowledge.Localized;
import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.knowledge.content.Hotline;
import id.migrasiaman.knowledge.content.Topic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of one content snapshot. Rendered answers are cached; each reload builds a new book,
 * so a reload starts with an empty cache and an answer can never outlive its content.
 */
public final class AnswerBook implements Answers {

    /** 22 topics in two languages fit many times over; the bound guards against odd ids. */
    private static final int CACHE_SIZE = 256;

    private final Map<String, Topic> topics;
    private final Map<String, Localized> labels = new LinkedHashMap<>();
    private final List<Hotline> hotlines;
    private final Cache<String, Optional<Answer>> rendered =
            Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

    AnswerBook(ContentSet content) {
        topics = content.topicsById();
        topics.forEach(
                (id, topic) ->
                        labels.put(
                                id,
                                new Localized(topic.buttonLabel("id"), topic.buttonLabel("en"))));
        hotlines = content.hotlines();
    }

    @Override
    public Optional<Answer> answer(String topicId, String language) {
        String lang = "en".equals(language) ? "en" : "id";
        if (topicId == null || !topics.containsKey(topicId)) {
            return Optional.empty();
        }
        return rendered.get(
                topicId + "|" + lang,
                key -> Optional.of(AnswerRenderer.render(topics.get(topicId), lang, labels)));
    }

    @Override
    public List<String> topicIds() {
        return topics.keySet().stream().sorted().toList();
    }

    @Override
    public String hotlines(String language) {
        return HotlineList.render(hotlines, language);
    }

    @Override
    public String hotlines(String language, String country) {
        return HotlineList.render(hotlines, language, country);
    }

    long cachedAnswers() {
        rendered.cleanUp();
        return rendered.estimatedSize();
    }
}
