package id.migrasiaman.answers;

import id.migrasiaman.conversation.ConversationMemory;
import id.migrasiaman.conversation.TextHeard;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.knowledge.OfferChecker;
import id.migrasiaman.knowledge.RedFlagHit;
import id.migrasiaman.nlp.Analysis;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The offer context of each conversation: the red flags, countries and near departures of every
 * message it typed, so that an offer told in several messages ("my daughter is 16" … "a friend
 * takes her to Bali first, then Malaysia") is checked as one (trial 13, D6, D27). Typed facts only,
 * in the {@link ConversationMemory} for {@link #KEPT} after the last one, never logged: after a
 * restart a message is checked alone, as before this existed.
 */
@Component
class OfferContexts implements TextHeard {

    /** How long the facts of a conversation still count for its later messages. */
    static final Duration KEPT = Duration.ofHours(2);

    /** The red flag of a recruit under 18 (content/red-flags.yml). */
    static final String UNDERAGE = "underage-or-forged";

    private static final ConversationMemory.Fact<OfferContext> CONTEXT =
            new ConversationMemory.Fact<>("answers.offer-context", OfferContext.class, KEPT);

    private final OfferChecker checker;
    private final Clock clock;
    private final ConversationMemory memory;

    OfferContexts(OfferChecker checker, Clock clock, ConversationMemory memory) {
        this.checker = checker;
        this.clock = clock;
        this.memory = memory;
    }

    @Override
    public void heard(Turn turn, Analysis analysis) {
        Set<String> flags = new HashSet<>();
        checker.check(analysis.text(), analysis.flags()).stream()
                .map(RedFlagHit::flagId)
                .forEach(flags::add);
        boolean minorWriting = false;
        if (analysis.entities().namesAMinor()) {
            flags.add(UNDERAGE);
            minorWriting = OwnAge.given(analysis.text());
        }
        Set<String> countries = Set.copyOf(analysis.entities().destinations());
        boolean soon = Departures.soon(analysis.text());
        if (flags.isEmpty() && countries.isEmpty() && !soon) {
            return;
        }
        // One conversation's messages are handled one at a time, so read-then-write is safe.
        String id = turn.state().id();
        OfferContext old = memory.get(id, CONTEXT).orElse(OfferContext.NONE);
        memory.put(id, CONTEXT, old.with(flags, countries, soon, minorWriting, clock.instant()));
    }

    /**
     * A new offer is about to be checked (the "Cek tawaran" button, or a text naming another
     * country than the offer checked before): the signs, countries and departures of earlier offers
     * no longer count, so each check judges its own text (trial 17, D19). An age under 18 told
     * earlier stays: it is about a person, who may well be the one this offer is for.
     */
    void startOver(Turn turn) {
        OfferContext old = of(turn);
        if (old.flags().contains(UNDERAGE) || old.writerMinor()) {
            memory.put(
                    turn.state().id(),
                    CONTEXT,
                    OfferContext.NONE.with(
                            Set.of(UNDERAGE), Set.of(), false, old.writerMinor(), clock.instant()));
        } else {
            memory.forget(turn.state().id(), CONTEXT);
        }
    }

    /** What the conversation of {@code turn} has said so far (this message included). */
    OfferContext of(Turn turn) {
        OfferContext found = memory.get(turn.state().id(), CONTEXT).orElse(null);
        return found == null || found.at().plus(KEPT).isBefore(clock.instant())
                ? OfferContext.NONE
                : found;
    }
}
