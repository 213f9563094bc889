package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.nlp.Analysis;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Where the person said they are ({@link Whereabouts}), remembered for the conversation and
 * forgotten after {@code migrasi.emergency.whereabouts-retention}: a worker who wrote from Hong
 * Kong months ago may be home now, and an old place must not put 999 before Indonesia's 110.
 */
@Component
class PlaceMemory {

    private final EmergencySettings settings;
    private final Clock clock;

    PlaceMemory(EmergencySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Forgets a place told longer ago than the retention, then remembers the one {@code analysis}
     * tells, if any (not from a broker report's answers: they tell of the calo and his victims, not
     * of where the reporter is).
     */
    void update(Turn turn, Analysis analysis) {
        turn.update(
                turn.state()
                        .whereaboutsSince(clock.instant().minus(settings.whereaboutsRetention())));
        if (!(turn.state().active() instanceof ReportState)) {
            Whereabouts.said(analysis).ifPresent(c -> turn.update(turn.state().locatedIn(c)));
        }
    }
}
