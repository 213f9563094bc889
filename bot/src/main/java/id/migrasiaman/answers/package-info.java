/**
 * Answers to questions and offers: topic answers with sources and feedback, the offer checker's red
 * flags.
 */
package id.migrasiaman.answers;
