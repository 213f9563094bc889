package id.migrasiaman.knowledge.lint;

import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.knowledge.content.Phrasings;
import id.migrasiaman.knowledge.content.Problem;
import id.migrasiaman.knowledge.content.Topic;
import id.migrasiaman.knowledge.content.YamlFiles;
import id.migrasiaman.nlp.Normaliser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A phrasing listed under two topics makes retrieval pick between them by chance, so each
 * normalised phrasing (punctuation ignored) may appear once in the whole content.
 */
final class PhrasingRules {

    private final Normaliser normaliser;

    PhrasingRules(Normaliser normaliser) {
        this.normaliser = normaliser;
    }

    void check(ContentSet content, List<Problem> problems) {
        Map<String, String> firstFile = check(content.topics(), problems);
        for (String language : Phrasings.LANGUAGES) {
            for (String phrasing : content.offTopic().in(language)) {
                String topicFile = firstFile.get(key(phrasing));
                if (topicFile != null) {
                    problems.add(
                            new Problem(
                                    YamlFiles.OFF_TOPIC,
                                    "questions."
                                            + language
                                            + " \""
                                            + phrasing
                                            + "\" is also a phrasing of "
                                            + topicFile));
                }
            }
        }
    }

    private Map<String, String> check(List<Topic> topics, List<Problem> problems) {
        Map<String, String> firstFile = new HashMap<>();
        for (Topic topic : topics) {
            for (String language : Phrasings.LANGUAGES) {
                for (String phrasing : topic.questions().in(language)) {
                    String previous = firstFile.putIfAbsent(key(phrasing), topic.file());
                    if (previous != null) {
                        problems.add(
                                new Problem(
                                        topic.file(),
                                        "questions."
                                                + language
                                                + " phrasing \""
                                                + phrasing
                                                + "\" "
                                                + (previous.equals(topic.file())
                                                        ? "is listed twice"
                                                        : "also appears in " + previous)));
                    }
                }
            }
        }
        return firstFile;
    }

    private String key(String phrasing) {
        return normaliser.normalise(phrasing).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
