/** Training, cross-validation and evaluation of the models: the offline tools' API. */
@NamedInterface("training")
package id.migrasiaman.nlp.training;

import org.springframework.modulith.NamedInterface;
