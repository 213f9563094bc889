package id.migrasiaman.reports;

import java.time.Instant;
import java.util.List;

/**
 * A report as the task force sees it in the queue.
 *
 * @param code the reference code (e.g. {@code LPR-7K3Q-M2XA})
 * @param status where it is in the workflow
 * @param priority how soon to look at it
 * @param urgent whether the reporter signalled an emergency
 * @param language the conversation language
 * @param channel where it came from
 * @param reporterPseudonym the reporter's pseudonym (null once purged)
 * @param facts what the reporter told (empty once purged)
 * @param messages the reporter's texts, first the report's, then follow-ups
 * @param evidence stored evidence, from the report and follow-ups
 * @param audit every status change and follow-up, oldest first
 * @param brokerId the broker registry entry the report is linked to, or null
 * @param assignee who claimed it last, or null
 * @param leaseUntil until when the assignee holds it, or null
 * @param createdAt when the reporter submitted it
 * @param updatedAt when anything last changed
 * @param purged whether its personal data was removed after the retention period
 * @param newInfo whether a reporter added something since staff last opened it
 */
public record Report(
        String code,
        Status status,
        Priority priority,
        boolean urgent,
        String language,
        String channel,
        String reporterPseudonym,
        Facts facts,
        List<Message> messages,
        List<EvidenceRef> evidence,
        List<AuditEntry> audit,
        String brokerId,
        String assignee,
        Instant leaseUntil,
        Instant createdAt,
        Instant updatedAt,
        boolean purged,
        boolean newInfo) {

    /** Whether the reporter withdrew it ("not an emergency / pressed by mistake"). */
    public boolean withdrawn() {
        return audit.stream().anyMatch(a -> "withdrawn".equals(a.action()));
    }

    /** Whether {@code message} came from another conversation than the reporter's. */
    public boolean fromSomeoneElse(Message message) {
        return reporterPseudonym != null
                && message.by() != null
                && !reporterPseudonym.equals(message.by());
    }

    /** The structured facts of a report; see {@link ReportDraft} for their meaning. */
    public record Facts(
            String what,
            String who,
            List<String> phones,
            List<String> socialMedia,
            String kecamatan,
            String village,
            Double latitude,
            Double longitude,
            String when,
            List<String> destinations,
            List<String> transits,
            String route,
            Integer victims,
            Boolean minors) {}

    /** A text from a reporter ({@code by} is a pseudonym). */
    public record Message(String text, String by, Instant at) {}

    /**
     * One entry of the audit trail.
     *
     * @param at when
     * @param by the staff user, or the pseudonym of a reporter adding information
     * @param action "submit", "claim", "transition", "append", "withdrawn", "consent-given" or
     *     "consent-withdrawn"
     * @param from the status before
     * @param to the status after
     * @param note the staff note (never shown to reporters)
     */
    public record AuditEntry(
            Instant at, String by, String action, Status from, Status to, String note) {}
}
