/** Corpora, training, noisy copies, cross-validation and evaluation (offline tools). */
package id.migrasiaman.nlp.training;
