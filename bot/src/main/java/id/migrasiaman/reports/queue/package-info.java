/** The MongoDB side of reports: documents, writes, claims, workflow transitions, retention. */
package id.migrasiaman.reports.queue;
