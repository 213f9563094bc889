package id.migrasiaman.knowledge;

/**
 * The topic that best answers a question.
 *
 * @param topicId the topic's id, e.g. {@code passport}
 * @param score how well the question matches, normalised by the question's match with itself: about
 *     1 for a question the content lists verbatim, lower for paraphrases
 */
public record TopicMatch(String topicId, double score) {}
