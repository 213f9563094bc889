package id.migrasiaman.conversation;

import id.migrasiaman.conversation.flows.FlowState;
import id.migrasiaman.conversation.flows.Recall;
import java.time.Instant;
import java.util.Optional;

/**
 * What the bot remembers about one conversation between messages.
 *
 * @param id the pseudonymous conversation id
 * @param language the reply language, {@code id} or {@code en}
 * @param active the active guided flow's typed state, or null
 * @param recall what the conversation was last about (a topic, a checked offer), or null
 * @param version optimistic-locking version, incremented on every save
 * @param updatedAt last change
 * @param languageSet whether the person chose the language ({@code /bahasa}); until then it follows
 *     what they write (see MessageRouter), starting from the client's setting
 * @param whereabouts the country the person said they (or the one they write about) are in, as a
 *     hotline code ({@code HK}, {@code MY}, {@code ID} …), empty when never said: the hotlines of a
 *     later emergency follow it when that message names no country (FACTS §11)
 * @param whereaboutsAt when the person said so, null when never said (a place said long ago no
 *     longer decides the numbers: {@code migrasi.emergency.whereabouts-retention})
 */
public record ConversationState(
        String id,
        String language,
        FlowState active,
        Recall recall,
        long version,
        Instant updatedAt,
        boolean languageSet,
        String whereabouts,
        Instant whereaboutsAt) {

    public ConversationState {
        whereabouts = whereabouts == null ? "" : whereabouts;
        // Said before the time was kept: as old as the state's last change, never newer.
        whereaboutsAt =
                whereabouts.isEmpty() ? null : whereaboutsAt == null ? updatedAt : whereaboutsAt;
    }

    /** A state whose country, if any, was said no later than its last change. */
    public ConversationState(
            String id,
            String language,
            FlowState active,
            Recall recall,
            long version,
            Instant updatedAt,
            boolean languageSet,
            String whereabouts) {
        this(id, language, active, recall, version, updatedAt, languageSet, whereabouts, null);
    }

    /** A state with no country said yet. */
    public ConversationState(
            String id,
            String language,
            FlowState active,
            Recall recall,
            long version,
            Instant updatedAt,
            boolean languageSet) {
        this(id, language, active, recall, version, updatedAt, languageSet, "");
    }

    /** A state whose language was chosen (every conversation stored before the field existed). */
    public ConversationState(
            String id,
            String language,
            FlowState active,
            Recall recall,
            long version,
            Instant updatedAt) {
        this(id, language, active, recall, version, updatedAt, true);
    }

    /** A new conversation in {@code language}, the client's setting, not chosen. */
    public static ConversationState fresh(String id, String language) {
        return new ConversationState(id, language, null, null, 0, Instant.now(), false);
    }

    /** This state with the language the person chose. */
    public ConversationState withLanguage(String newLanguage) {
        return new ConversationState(
                id,
                newLanguage,
                active,
                recall,
                version,
                Instant.now(),
                true,
                whereabouts,
                whereaboutsAt);
    }

    /** This state answering in {@code written}, the language of what the person wrote. */
    public ConversationState writtenIn(String written) {
        return written.equals(language)
                ? this
                : new ConversationState(
                        id,
                        written,
                        active,
                        recall,
                        version,
                        Instant.now(),
                        languageSet,
                        whereabouts,
                        whereaboutsAt);
    }

    /**
     * This state inside the flow of {@code flow}. Entering or moving on in a flow forgets the
     * recalled topic or offer, as a flow's answers replace what the conversation was about.
     */
    public ConversationState withFlow(FlowState flow) {
        return new ConversationState(
                id,
                language,
                flow,
                null,
                version,
                Instant.now(),
                languageSet,
                whereabouts,
                whereaboutsAt);
    }

    /**
     * This state in a short detour from the active flow (an emergency, an answer to the Satgas), or
     * back from one: unlike {@link #withFlow}, the recalled topic or offer is kept for afterwards.
     * {@code flow} null means no flow.
     */
    public ConversationState detour(FlowState flow) {
        return new ConversationState(
                id,
                language,
                flow,
                recall,
                version,
                Instant.now(),
                languageSet,
                whereabouts,
                whereaboutsAt);
    }

    /** This state with no active flow and nothing recalled. */
    public ConversationState withoutFlow() {
        return new ConversationState(
                id,
                language,
                null,
                null,
                version,
                Instant.now(),
                languageSet,
                whereabouts,
                whereaboutsAt);
    }

    /** This state remembering {@code context} for follow-ups, the flow unchanged. */
    public ConversationState withRecall(Recall context) {
        return new ConversationState(
                id,
                language,
                active,
                context,
                version,
                Instant.now(),
                languageSet,
                whereabouts,
                whereaboutsAt);
    }

    /**
     * This state remembering that the person is in {@code country} (a hotline code) as of now, the
     * flow and the recalled topic unchanged; said again, the place is remembered from now on.
     */
    public ConversationState locatedIn(String country) {
        if (country == null || country.isEmpty()) {
            return this;
        }
        Instant now = Instant.now();
        return new ConversationState(
                id, language, active, recall, version, now, languageSet, country, now);
    }

    /**
     * This state without the country the person said before {@code cutoff}: a place told months ago
     * no longer decides today's numbers; this state itself when there is none or it is newer.
     */
    public ConversationState whereaboutsSince(Instant cutoff) {
        if (whereaboutsAt == null || !whereaboutsAt.isBefore(cutoff)) {
            return this;
        }
        return new ConversationState(
                id, language, active, recall, version, Instant.now(), languageSet, "", null);
    }

    /** The name of the active flow, or null. */
    public String flowName() {
        return active == null ? null : active.name();
    }

    /** The active flow's state if it is a {@code type}. */
    public <T extends FlowState> Optional<T> active(Class<T> type) {
        return type.isInstance(active) ? Optional.of(type.cast(active)) : Optional.empty();
    }
}
