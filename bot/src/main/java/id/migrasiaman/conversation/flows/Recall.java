package id.migrasiaman.conversation.flows;

import java.time.Duration;
import java.time.Instant;

/**
 * What the conversation was last about, handed from one feature to another: a topic answered (so
 * "berapa biayanya?" can refer to it) or an offer checked (so "report this recruiter" starts the
 * report with the offer's text, and a follow-up can refer to it).
 *
 * @param topicId the topic answered; empty for an offer
 * @param question the question asked (topics), may be empty
 * @param offer the offer's text (offers), may be empty
 * @param at when it was last referred to
 */
public record Recall(Kind kind, String topicId, String question, String offer, Instant at) {

    /** How long a follow-up may refer back. */
    public static final Duration FRESH = Duration.ofMinutes(30);

    public static final int MAX_QUESTION = 300;
    public static final int MAX_OFFER = 2000;

    /** What was answered. */
    public enum Kind {
        TOPIC,
        OFFER
    }

    public Recall {
        topicId = FlowState.orEmpty(topicId);
        question = FlowState.bounded(question == null ? "" : question.strip(), MAX_QUESTION);
        offer = FlowState.bounded(offer, MAX_OFFER);
        // Kept to the second, as stored.
        at = Instant.ofEpochSecond(at.getEpochSecond());
    }

    public static Recall topic(String topicId, String question, Instant now) {
        return new Recall(Kind.TOPIC, topicId, question, "", now);
    }

    public static Recall offer(String text, Instant now) {
        return new Recall(Kind.OFFER, "", "", text, now);
    }

    /** Whether a follow-up at {@code now} may still refer to this. */
    public boolean freshAt(Instant now) {
        return !at.plus(FRESH).isBefore(now);
    }

    /** This context referred to again at {@code now}. */
    public Recall refreshed(Instant now) {
        return new Recall(kind, topicId, question, offer, now);
    }
}
