/** The broker registry: phone numbers and names that link reports about the same broker. */
package id.migrasiaman.reports.brokers;
