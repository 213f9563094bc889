package id.migrasiaman.reports;

/**
 * What became of a follow-up message for a report.
 *
 * @param code the normalised reference code
 * @param outcome whether it was added
 */
public record AppendResult(String code, Outcome outcome) {

    /** Whether it was added. */
    public enum Outcome {
        APPENDED,
        /** The same source key was appended before: nothing changed. */
        ALREADY_APPENDED,
        /** No report has that code (or its personal data was purged). */
        UNKNOWN_CODE,
        /** MongoDB is away: kept in the local outbox, added when it is back. */
        QUEUED_LOCALLY
    }
}
