/** Evidence intake from chats (photos, documents, voice) and the purge of orphaned files. */
package id.migrasiaman.reports.evidence;
