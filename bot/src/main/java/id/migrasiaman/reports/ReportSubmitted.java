package id.migrasiaman.reports;

/**
 * Published once a report is in MongoDB (directly or after the outbox delivered it), so staff
 * alerts can follow.
 */
public record ReportSubmitted(String code, Priority priority, boolean urgent) {}
