/**
 * Broker reports, storage side: {@link id.migrasiaman.reports.ReportQueue} (submit, follow-ups, the
 * reporter's status, staff claims and workflow), {@link id.migrasiaman.reports.EvidenceStore}
 * (GridFS) and the broker registry.
 *
 * <p>A submit writes MongoDB ({@code reports}, {@code brokers}, {@code broker_phones}, {@code
 * report_contacts}) or, while MongoDB is away, the forced local outbox under {@code
 * migrasi.store.data-dir}/outbox; either way the reporter's code is safe when submit returns. Every
 * write is keyed (source key, reference code, phone) so that repeating it after a failure never
 * doubles anything. {@link id.migrasiaman.reports.ReportSubmitted} follows for staff alerts.
 */
package id.migrasiaman.reports;
