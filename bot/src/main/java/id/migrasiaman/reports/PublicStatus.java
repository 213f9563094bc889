package id.migrasiaman.reports;

import java.time.Instant;

/**
 * What a reporter may learn about a report: a coarse state and when it last changed. Staff notes,
 * assignees and the authority a report went to are never part of it.
 *
 * @param code the normalised reference code
 * @param state the state to show
 * @param lastUpdate when the state last changed (or when the report was received)
 * @param urgent whether it is an emergency report (an alarm went to the staff)
 * @param withdrawn whether the reporter marked the emergency "not an emergency"
 */
public record PublicStatus(
        String code, State state, Instant lastUpdate, boolean urgent, boolean withdrawn) {

    /** A report that is no emergency. */
    public PublicStatus(String code, State state, Instant lastUpdate) {
        this(code, state, lastUpdate, false, false);
    }

    /** The coarse states a reporter sees; the conversation renders them in the user's language. */
    public enum State {
        RECEIVED,
        IN_REVIEW,
        NEEDS_INFO,
        FORWARDED,
        CLOSED;

        public static State of(Status status) {
            return switch (status) {
                case NEW -> RECEIVED;
                case IN_REVIEW -> IN_REVIEW;
                case NEEDS_INFO -> NEEDS_INFO;
                case FORWARDED_POLICE, FORWARDED_BP3MI -> FORWARDED;
                case CLOSED_ACTION_TAKEN, DISMISSED -> CLOSED;
            };
        }
    }
}
