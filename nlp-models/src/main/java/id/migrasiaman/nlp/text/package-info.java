/**
 * Text normalisation: folding, words, lexicons, phrase matching, phone numbers and money. Exposed
 * as the "text" interface: retrieval reads the analyser's place lexicons from it (where a question
 * is set, {@code knowledge.retrieval.Places}).
 */
@NamedInterface("text")
package id.migrasiaman.nlp.text;

import org.springframework.modulith.NamedInterface;
