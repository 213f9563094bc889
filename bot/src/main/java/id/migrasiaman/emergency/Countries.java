package id.migrasiaman.emergency;

import id.migrasiaman.conversation.ConversationState;
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

    static final String KEY = "country";
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
        return known(state.data());
    }

    /** The country the conversation's data already holds. */
    static String known(Map<String, String> data) {
        String country = data.get(KEY);
        if (country != null && country.matches("[A-Z]{2}") && !"XX".equals(country)) {
            return country;
        }
        String destinations = data.getOrDefault("destinations", "");
        if (!destinations.isBlank()) {
            return destinations.split(",")[0].strip();
        }
        Map<String, String> stashed = Interruptions.decode(data.getOrDefault("stash.data", ""));
        return stashed.isEmpty() ? null : known(stashed);
    }
}
