package id.migrasiaman.answers;

import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.Turn;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the conversation was last about (a topic answered, or an offer checked), kept for a short
 * while in the state's data so that a follow-up ("berapa biayanya?") can refer to it.
 *
 * @param kind {@link #TOPIC} or {@link #OFFER}
 * @param topicId the topic answered, or null for an offer
 * @param text the question asked (topics), may be empty
 */
record AnswerContext(String kind, String topicId, String text) {

    /** How long a follow-up may refer back. */
    static final Duration FRESH = Duration.ofMinutes(30);

    static final String TOPIC = "topic";
    static final String OFFER = "offer";

    private static final String KIND = "ctx.kind";
    private static final String ID = "ctx.topic";
    private static final String TEXT = "ctx.text";
    private static final String AT = "ctx.at";
    private static final int MAX_TEXT = 300;

    /** The data that remembers an answered topic. */
    static Map<String, String> topic(String topicId, String question, Instant now) {
        Map<String, String> data = new HashMap<>();
        data.put(KIND, TOPIC);
        data.put(ID, topicId);
        String q = question == null ? "" : question.strip();
        data.put(TEXT, q.length() > MAX_TEXT ? q.substring(0, MAX_TEXT) : q);
        data.put(AT, String.valueOf(now.getEpochSecond()));
        return data;
    }

    /** The data that remembers a checked offer (the offer text itself is kept by the checker). */
    static Map<String, String> offer(Instant now) {
        return Map.of(KIND, OFFER, AT, String.valueOf(now.getEpochSecond()));
    }

    /**
     * Remembers that {@code topicId} was just answered, unless a flow is active (its data is not
     * ours to replace).
     */
    static void rememberTopic(Turn turn, String topicId, String question, Instant now) {
        if (turn.state().flow() == null) {
            turn.update(turn.state().inFlow(null, null, topic(topicId, question, now)));
        }
    }

    /** The context in {@code state}, if it is recent enough at {@code now}. */
    static Optional<AnswerContext> recall(ConversationState state, Instant now) {
        Map<String, String> data = state.data();
        String at = data.get(AT);
        if (at == null || data.get(KIND) == null) {
            return Optional.empty();
        }
        try {
            Instant then = Instant.ofEpochSecond(Long.parseLong(at));
            if (then.plus(FRESH).isBefore(now)) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(
                new AnswerContext(data.get(KIND), data.get(ID), data.getOrDefault(TEXT, "")));
    }

    /** {@code state}'s data with the context's time set to {@code now}. */
    static Map<String, String> refreshed(ConversationState state, Instant now) {
        Map<String, String> data = new HashMap<>(state.data());
        data.put(AT, String.valueOf(now.getEpochSecond()));
        return data;
    }
}
