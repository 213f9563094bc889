package id.migrasiaman.emergency;

import id.migrasiaman.conversation.FlowLapse;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.conversation.flows.EmergencyStep;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * After an alarm every message is added to the urgent report, but not forever: a wife who wrote the
 * next morning in her injured husband's chat had each question filed into his report and none
 * answered (trial 16, D6). Hours after the emergency's last change, its follow-up mode ends: the
 * message is read afresh (danger first, as always), the flow the emergency interrupted comes back,
 * and the person is told the report is still open and how to add to it.
 */
@Component
class FollowLapse implements FlowLapse {

    private final EmergencySettings settings;
    private final Texts texts;
    private final Clock clock;

    FollowLapse(EmergencySettings settings, Texts texts, Clock clock) {
        this.settings = settings;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public Optional<Reply> lapsed(Turn turn) {
        if (!(turn.state().active() instanceof EmergencyState emergency)
                || emergency.step() != EmergencyStep.FOLLOW
                || emergency.reportCode().isEmpty()
                || turn.state().updatedAt() == null) {
            return Optional.empty();
        }
        Duration quiet = Duration.between(turn.state().updatedAt(), clock.instant());
        if (quiet.compareTo(settings.followLapse()) <= 0) {
            return Optional.empty();
        }
        turn.update(
                emergency.interrupted() == null
                        ? turn.state().withoutFlow()
                        : turn.state().withFlow(emergency.interrupted()));
        return Optional.of(
                Reply.text(
                        texts.get(
                                turn.language(),
                                "emergency.lapsed",
                                emergency.reportCode().get())));
    }
}
