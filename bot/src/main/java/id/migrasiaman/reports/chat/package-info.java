/** The report conversation: guided steps, summary, submission, follow-ups by reference code. */
package id.migrasiaman.reports.chat;
