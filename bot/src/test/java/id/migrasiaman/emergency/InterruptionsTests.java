package id.migrasiaman.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.conversation.ConversationState;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An interrupted flow comes back exactly as it was, whatever its answers contain. */
class InterruptionsTests {

    @Test
    void aStashedFlowIsRestoredWithEveryAnswer() {
        Map<String, String> answers =
                Map.of("what", "Calo minta 5 juta & janji gaji=8 juta", "destinations", "MY,SG");
        ConversationState report =
                ConversationState.fresh("c1", "id").inFlow("report", "WHO", answers);

        Map<String, String> data = new HashMap<>(Interruptions.stashOf(report));
        data.put(Alarms.CODE, "LPR-AAAA-BBBB");
        ConversationState emergency = report.inFlow(EmergencyResponder.NAME, Alarms.FOLLOW, data);

        assertThat(Interruptions.flowIn(emergency.data())).contains("report");
        assertThat(Countries.known(emergency.data())).isEqualTo("MY");
        ConversationState back = Interruptions.restore(emergency).orElseThrow();
        assertThat(back.flow()).isEqualTo("report");
        assertThat(back.step()).isEqualTo("WHO");
        assertThat(back.data()).isEqualTo(answers);
    }

    @Test
    void aSecondAlarmKeepsTheFirstInterruptedFlow() {
        ConversationState story =
                ConversationState.fresh("c2", "id").inFlow("story", "TEXT", Map.of("text", "x"));
        ConversationState emergency =
                story.inFlow(EmergencyResponder.NAME, Alarms.ASK, Interruptions.stashOf(story));

        assertThat(Interruptions.flowIn(Interruptions.stashOf(emergency))).contains("story");
        assertThat(Interruptions.stashOf(ConversationState.fresh("c3", "id"))).isEmpty();
    }
}
