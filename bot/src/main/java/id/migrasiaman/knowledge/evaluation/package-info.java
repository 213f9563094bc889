/**
 * Offline evaluation and calibration of retrieval (cross-validation on the content's own phrasings,
 * never the held-out files): the API of the command-line {@code tools}, not used at runtime.
 */
@NamedInterface("evaluation")
package id.migrasiaman.knowledge.evaluation;

import org.springframework.modulith.NamedInterface;
