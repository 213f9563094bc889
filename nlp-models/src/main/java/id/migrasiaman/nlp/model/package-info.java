/** Params files, model loading and scoring, and the decisions made from the scores. */
package id.migrasiaman.nlp.model;
