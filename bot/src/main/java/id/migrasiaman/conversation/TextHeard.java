package id.migrasiaman.conversation;

import id.migrasiaman.nlp.Analysis;

/**
 * Hears every typed text before anything answers it, the safety check included, so that what a
 * person said earlier (an age, a route, a passport held) still counts when a later message is
 * answered. It never answers and never changes the turn.
 */
public interface TextHeard {

    /** Notes what {@code analysis} of the turn's text says. */
    void heard(Turn turn, Analysis analysis);
}
