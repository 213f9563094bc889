/** Cross-cutting wiring: the launcher (bot, chat, offline tools), pseudonyms, privacy settings. */
package id.migrasiaman.system;
