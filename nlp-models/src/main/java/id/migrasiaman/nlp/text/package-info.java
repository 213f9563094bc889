/** Text normalisation: folding, words, lexicons, phrase matching, phone numbers and money. */
package id.migrasiaman.nlp.text;
