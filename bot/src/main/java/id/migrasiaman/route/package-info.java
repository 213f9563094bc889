/**
 * The legal route as a personal guide: /jalur, its content from content/route, progress and
 * reminders.
 */
package id.migrasiaman.route;
