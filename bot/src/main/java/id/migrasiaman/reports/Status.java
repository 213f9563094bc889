package id.migrasiaman.reports;

import java.util.EnumSet;
import java.util.Set;

/** Where a report is in the task force's work. */
public enum Status {
    NEW,
    IN_REVIEW,
    NEEDS_INFO,
    FORWARDED_POLICE,
    FORWARDED_BP3MI,
    CLOSED_ACTION_TAKEN,
    DISMISSED;

    /** Whether staff may move a report from this status to {@code to}. */
    public boolean canMoveTo(Status to) {
        return next().contains(to);
    }

    /** Whether the report's work is over (and its personal data will be purged in time). */
    public boolean closed() {
        return this == CLOSED_ACTION_TAKEN || this == DISMISSED;
    }

    private Set<Status> next() {
        return switch (this) {
            case NEW, NEEDS_INFO -> EnumSet.of(IN_REVIEW);
            case IN_REVIEW ->
                    EnumSet.of(
                            NEEDS_INFO,
                            FORWARDED_POLICE,
                            FORWARDED_BP3MI,
                            CLOSED_ACTION_TAKEN,
                            DISMISSED);
            default -> EnumSet.noneOf(Status.class);
        };
    }
}
