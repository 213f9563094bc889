package id.migrasiaman.reports;

/**
 * What became of a submitted report. In every case the reporter may be told the report is safe.
 *
 * @param code the reference code to give the reporter
 * @param outcome where the report is
 */
public record SubmitResult(String code, Outcome outcome) {

    /** Where the report is. */
    public enum Outcome {
        /** In MongoDB. */
        STORED,
        /** MongoDB was away: in the durable local outbox, delivered when MongoDB is back. */
        QUEUED_LOCALLY,
        /** The same draft (same source key) was submitted before; {@code code} is the first's. */
        ALREADY_SUBMITTED
    }
}
