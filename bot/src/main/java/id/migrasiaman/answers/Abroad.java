package id.migrasiaman.answers;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import java.util.Optional;
import java.util.Set;

/**
 * A person who said they are abroad now ({@code ConversationState.whereabouts}, set by the safety
 * layer from "saya kerja di Johor", "aku PMI di Taiwan"), and the mission and numbers of that
 * country in one line (FACTS §11).
 */
final class Abroad {

    /** Countries with a line of their own in the texts ({@code abroad.mission.XX}). */
    private static final Set<String> NAMED = Set.of("MY", "SG", "HK", "TW");

    private static final String HOME = "ID";

    private Abroad() {}

    /** The country code the person is in, when it is not Indonesia. */
    /**
     * The text typed outside any flow, in at most {@code maxWords} words: what the answers for a
     * worker abroad read (a longer message is a story, a flow keeps its own answers).
     */
    static Optional<String> shortTypedText(Turn turn, int maxWords) {
        return turn.state().active() == null
                        && turn.message().content() instanceof Content.Text typed
                        && Questions.words(typed.text()) <= maxWords
                ? Optional.of(typed.text())
                : Optional.empty();
    }

    static Optional<String> country(Turn turn) {
        String where = turn.state().whereabouts();
        return where == null || where.isEmpty() || HOME.equals(where)
                ? Optional.empty()
                : Optional.of(where);
    }

    /** Whom to call in {@code country}: the mission, the local lines; Kemlu when not named. */
    static String mission(Texts texts, String lang, String country) {
        return texts.get(lang, "abroad.mission." + (NAMED.contains(country) ? country : "other"));
    }
}
