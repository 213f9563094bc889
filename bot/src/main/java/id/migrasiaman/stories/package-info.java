/**
 * Returned workers' stories: the telling flow, redaction of names and contacts, moderation store,
 * reading.
 */
package id.migrasiaman.stories;
