/**
 * The core commands and buttons every conversation has: start, language, cancel, back to the menu.
 * Public only so the in-memory conversation fixture can build them; features do not use them.
 */
package id.migrasiaman.conversation.commands;
