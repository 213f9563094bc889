/**
 * Understands a chat message: language, intent, relevance, red flags, entities (the public API).
 */
package id.migrasiaman.nlp;
