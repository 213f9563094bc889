package id.migrasiaman.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything read from the content directory: topics (sorted by id), hotlines and red flags. */
record ContentSet(List<Topic> topics, List<Hotline> hotlines, List<RedFlag> flags) {

    ContentSet {
        topics = List.copyOf(topics);
        hotlines = List.copyOf(hotlines);
        flags = List.copyOf(flags);
    }

    Map<String, Topic> topicsById() {
        Map<String, Topic> byId = new LinkedHashMap<>();
        topics.forEach(t -> byId.putIfAbsent(t.id(), t));
        return byId;
    }
}
