/** The features the OpenNLP models see of a message. */
package id.migrasiaman.nlp.features;
