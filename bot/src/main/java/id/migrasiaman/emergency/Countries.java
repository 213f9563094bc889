package id.migrasiaman.emergency;

import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.flows.FlowState;
import id.migrasiaman.nlp.Analysis;
import java.util.Map;
import java.util.Optional;

/**
 * Where the person in danger probably is, for the hotlines: a country the message names ("di Johor"
 * is Malaysia), else a place in Kabupaten Kupang or an Indonesian transit (Indonesia), else what
 * the conversation already said (the emergency, the interrupted report or story); null when
 * unknown.
 */
final class Countries {

    private static final Map<String, String> TRANSITS_ABROAD = Map.of("Tawau", "MY");

    private Countries() {}

    static String of(Analysis analysis, ConversationState state) {
        if (analysis != null) {
            Optional<String> named = analysis.entities().destinations().stream().findFirst();
            if (named.isPresent()) {
                return named.get();
            }
            Optional<String> transit = analysis.entities().transits().stream().findFirst();
            if (transit.isPresent()) {
                return TRANSITS_ABROAD.getOrDefault(transit.get(), "ID");
            }
            if (!analysis.entities().kecamatan().isEmpty()) {
                return "ID";
            }
        }
        return known(state.active());
    }

    /** The country the conversation's flow already holds (null for none). */
    static String known(FlowState flow) {
        return flow == null ? null : flow.countries().stream().findFirst().orElse(null);
    }
}
