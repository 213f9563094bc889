/** What a message names: places, phones, amounts, ages. */
package id.migrasiaman.nlp.entities;
