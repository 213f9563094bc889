package id.migrasiaman.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.conversation.flows.EmergencyStep;
import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.conversation.flows.ReportStep;
import id.migrasiaman.conversation.flows.StoryState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An interrupted flow comes back exactly as it was, whatever its answers contain. */
class InterruptionsTests {

    @Test
    void aStashedFlowIsRestoredWithEveryAnswer() {
        ReportState answers =
                new ReportState(
                        ReportStep.WHO,
                        false,
                        "n1",
                        "Calo minta 5 juta & janji gaji=8 juta",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of("MY", "SG"),
                        List.of());
        ConversationState report = ConversationState.fresh("c1", "id").withFlow(answers);

        EmergencyState alarmed =
                EmergencyState.over(report.active(), EmergencyStep.FOLLOW)
                        .withCode("LPR-AAAA-BBBB");
        ConversationState emergency = report.detour(alarmed);

        assertThat(Interruptions.flowIn(alarmed)).contains("report");
        // A broker report's destinations are where someone would be sent, not where the reporter
        // is (trial 8: Malaysia's 999 for a reporter threatened at home in Takari).
        assertThat(Countries.known(alarmed)).isNull();
        ConversationState back = Interruptions.restore(emergency).orElseThrow();
        assertThat(back.flowName()).isEqualTo("report");
        assertThat(back.active().stepName()).isEqualTo("WHO");
        assertThat(back.active()).isEqualTo(answers);
    }

    @Test
    void aSecondAlarmKeepsTheFirstInterruptedFlow() {
        ConversationState story =
                ConversationState.fresh("c2", "id").withFlow(StoryState.intro("x"));
        EmergencyState asking = EmergencyState.over(story.active(), EmergencyStep.ASK);

        assertThat(Interruptions.flowIn(EmergencyState.over(asking, EmergencyStep.FOLLOW)))
                .contains("story");
        assertThat(EmergencyState.over(null, EmergencyStep.ASK).interrupted()).isNull();
        assertThat(Interruptions.restore(ConversationState.fresh("c3", "id"))).isEmpty();
    }
}
