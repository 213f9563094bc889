package id.migrasiaman.emergency;

import id.migrasiaman.conversation.ConversationMemory;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.nlp.Analysis;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where the person said they are ({@link Whereabouts}), remembered for the conversation and
 * forgotten after {@code migrasi.emergency.whereabouts-retention}: a worker who wrote from Hong
 * Kong months ago may be home now, and an old place must not put 999 before Indonesia's 110. A
 * worker who says they came home from abroad ({@link CameHome}) is placed at home, and the country
 * they came from is kept a while (in this instance's {@link ConversationMemory}) for the numbers
 * there, shown second.
 */
@Component
class PlaceMemory {

    private static final ConversationMemory.Fact<CameHome.From> CAME_FROM =
            new ConversationMemory.Fact<>(
                    "emergency.came-home-from", CameHome.From.class, Duration.ofHours(2));

    private final EmergencySettings settings;
    private final Clock clock;
    private final ConversationMemory memory;

    PlaceMemory(EmergencySettings settings, Clock clock, ConversationMemory memory) {
        this.settings = settings;
        this.clock = clock;
        this.memory = memory;
    }

    /**
     * Forgets a place told longer ago than the retention, then remembers the one {@code analysis}
     * tells, if any (not from a broker report's answers: they tell of the calo and his victims, not
     * of where the reporter is). A place told now replaces the country the person came home from.
     */
    void update(Turn turn, Analysis analysis) {
        turn.update(
                turn.state()
                        .whereaboutsSince(clock.instant().minus(settings.whereaboutsRetention())));
        if (turn.state().active() instanceof ReportState || analysis == null) {
            return;
        }
        Optional<CameHome.From> home = CameHome.said(analysis);
        if (home.isPresent()) {
            memory.put(turn.state().id(), CAME_FROM, home.get());
            turn.update(turn.state().locatedIn("ID"));
            return;
        }
        if (Countries.named(analysis) != null) {
            memory.forget(turn.state().id(), CAME_FROM);
        }
        Whereabouts.said(analysis).ifPresent(c -> turn.update(turn.state().locatedIn(c)));
    }

    /** The country abroad the person said they came home from, not long ago, if any. */
    Optional<CameHome.From> cameFrom(Turn turn) {
        return memory.get(turn.state().id(), CAME_FROM);
    }
}
