package id.migrasiaman.knowledge.evaluation;

import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.knowledge.content.Phrasings;
import id.migrasiaman.knowledge.content.Topic;
import id.migrasiaman.knowledge.retrieval.HybridRetrieval;
import id.migrasiaman.nlp.Normaliser;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores every content phrasing with models built without it: the phrasings are dealt into {@code
 * folds} groups, and each group is scored by a Lucene index and a classifier built from the other
 * groups, titles and answers. Leave-one-out would retrain the classifier 450 times; ten folds take
 * seconds and leave each topic 90% of its phrasings.
 *
 * <p>The folds are stable: each topic deals its own phrasings round the groups, starting at a group
 * fixed by its id (the n-th phrasing of topic t goes to group (hash(t) + n) mod folds). So every
 * topic is still spread over all groups, and a phrasing added to one topic, or a new topic, moves
 * no other topic's phrasings to another group: a bound measured on these scores changes by the
 * change, not by a reshuffle of the folds (a single running counter over the whole content moved
 * every later phrasing when one was added, which alone shifted the near-miss figure by a point).
 */
public final class CrossValidation {

    /** One scored question: its expected topic ({@code null} for off-topic) and raw scores. */
    public record Observation(String expected, String language, HybridRetrieval.Scores scores) {}

    private CrossValidation() {}

    /**
     * The cross-validated scores of the topics' phrasings ({@code positives}) and of the content's
     * off-topic examples ({@code offTopic}, expected {@code null}), which are folded the same way.
     */
    public record Folded(List<Observation> positives, List<Observation> offTopic) {}

    static List<Observation> positives(ContentSet content, Normaliser normaliser, int folds) {
        return fold(content, normaliser, folds).positives();
    }

    public static Folded fold(ContentSet content, Normaliser normaliser, int folds) {
        List<Observation> positives = new ArrayList<>();
        List<Observation> offTopic = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<Topic> training = new ArrayList<>();
            List<String[]> questions = new ArrayList<>();
            for (Topic topic : content.topics()) {
                training.add(split(topic, fold, folds, questions));
            }
            List<String[]> offTopicQuestions = new ArrayList<>();
            Phrasings offTopicKept =
                    split(null, content.offTopic(), fold, folds, offTopicQuestions);
            HybridRetrieval retrieval =
                    HybridRetrieval.of(content.withTopics(training, offTopicKept), normaliser);
            for (String[] q : questions) {
                positives.add(new Observation(q[0], q[1], retrieval.scores(q[2])));
            }
            for (String[] q : offTopicQuestions) {
                offTopic.add(new Observation(null, q[1], retrieval.scores(q[2])));
            }
        }
        return new Folded(positives, offTopic);
    }

    public static List<Observation> negatives(HybridRetrieval retrieval, List<String> offTopic) {
        return offTopic.stream().map(t -> new Observation(null, "", retrieval.scores(t))).toList();
    }

    /** {@code phrasings} without those of {@code fold}, which are added to {@code heldOut}. */
    private static Phrasings split(
            String label, Phrasings phrasings, int fold, int folds, List<String[]> heldOut) {
        int dealt = label == null ? 0 : Math.floorMod(label.hashCode(), folds);
        List<List<String>> kept = new ArrayList<>();
        for (String language : Phrasings.LANGUAGES) {
            List<String> own = new ArrayList<>();
            for (String phrasing : phrasings.in(language)) {
                if (dealt++ % folds == fold) {
                    heldOut.add(new String[] {label, language, phrasing});
                } else {
                    own.add(phrasing);
                }
            }
            kept.add(own);
        }
        return new Phrasings(kept.get(0), kept.get(1), kept.get(2));
    }

    /** {@code topic} without the phrasings of {@code fold}, which are added to {@code heldOut}. */
    private static Topic split(Topic topic, int fold, int folds, List<String[]> heldOut) {
        return topic.withQuestions(split(topic.id(), topic.questions(), fold, folds, heldOut));
    }
}
