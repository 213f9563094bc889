/** The local outbox that keeps submissions safe while MongoDB is away, and its relay. */
package id.migrasiaman.reports.outbox;
