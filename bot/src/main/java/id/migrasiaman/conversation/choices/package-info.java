/**
 * Shared choices offered on buttons by several features (destination countries), one source of
 * truth so a report, a story, the family flow and the safety layer offer and accept the same codes.
 */
@NamedInterface("choices")
package id.migrasiaman.conversation.choices;

import org.springframework.modulith.NamedInterface;
