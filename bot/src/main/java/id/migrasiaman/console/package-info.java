/** The staff console: Spring Security sign-in, the report queue, story moderation, statistics. */
package id.migrasiaman.console;
