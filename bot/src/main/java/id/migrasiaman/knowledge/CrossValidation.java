package id.migrasiaman.knowledge;

import id.migrasiaman.nlp.Normaliser;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores every content phrasing with models built without it: the phrasings are dealt into {@code
 * folds} groups (the n-th phrasing of the content into group n mod folds, so every topic is spread
 * over all groups), and each group is scored by a Lucene index and a classifier built from the
 * other groups, titles and answers. Leave-one-out would retrain the classifier 450 times; ten folds
 * take seconds and leave each topic 90% of its phrasings.
 */
final class CrossValidation {

    /** One scored question: its expected topic ({@code null} for off-topic) and raw scores. */
    record Observation(String expected, String language, HybridRetrieval.Scores scores) {}

    private CrossValidation() {}

    static List<Observation> positives(ContentSet content, Normaliser normaliser, int folds) {
        List<Observation> observations = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<Topic> training = new ArrayList<>();
            List<Observation> heldOut = new ArrayList<>();
            int[] counter = {0};
            List<String[]> questions = new ArrayList<>();
            for (Topic topic : content.topics()) {
                training.add(split(topic, fold, folds, counter, questions));
            }
            ContentSet reduced = new ContentSet(training, content.hotlines(), content.flags());
            HybridRetrieval retrieval = HybridRetrieval.of(reduced, normaliser);
            for (String[] q : questions) {
                heldOut.add(new Observation(q[0], q[1], retrieval.scores(q[2])));
            }
            observations.addAll(heldOut);
        }
        return observations;
    }

    static List<Observation> negatives(HybridRetrieval retrieval, List<String> offTopic) {
        return offTopic.stream().map(t -> new Observation(null, "", retrieval.scores(t))).toList();
    }

    /** {@code topic} without the phrasings of {@code fold}, which are added to {@code heldOut}. */
    private static Topic split(
            Topic topic, int fold, int folds, int[] counter, List<String[]> heldOut) {
        List<List<String>> kept = new ArrayList<>();
        for (String language : Phrasings.LANGUAGES) {
            List<String> own = new ArrayList<>();
            for (String phrasing : topic.questions().in(language)) {
                if (counter[0]++ % folds == fold) {
                    heldOut.add(new String[] {topic.id(), language, phrasing});
                } else {
                    own.add(phrasing);
                }
            }
            kept.add(own);
        }
        return new Topic(
                topic.file(),
                topic.id(),
                topic.title(),
                new Phrasings(kept.get(0), kept.get(1), kept.get(2)),
                topic.answer(),
                topic.more(),
                topic.sources(),
                topic.lastReviewed(),
                topic.related());
    }
}
