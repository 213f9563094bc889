/**
 * Understanding messages in the bot: wiring of the OpenNLP models and normaliser built by
 * nlp-models.
 */
package id.migrasiaman.nlp;
