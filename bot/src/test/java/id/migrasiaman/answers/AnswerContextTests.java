package id.migrasiaman.answers;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.conversation.ConversationState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnswerContextTests {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void aTopicIsRecalledForThirtyMinutes() {
        ConversationState state =
                ConversationState.fresh("c1", "id")
                        .inFlow(
                                null,
                                null,
                                AnswerContext.topic("passport", "cara buat paspor?", NOW));

        assertThat(AnswerContext.recall(state, NOW.plus(Duration.ofMinutes(29))))
                .hasValue(new AnswerContext(AnswerContext.TOPIC, "passport", "cara buat paspor?"));
        assertThat(AnswerContext.recall(state, NOW.plus(Duration.ofMinutes(31)))).isEmpty();
    }

    @Test
    void anOfferIsRecalledWithoutATopic() {
        ConversationState state =
                ConversationState.fresh("c2", "id")
                        .inFlow("offer", "CHECKED", AnswerContext.offer(NOW));
        assertThat(AnswerContext.recall(state, NOW))
                .hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo(AnswerContext.OFFER));
    }

    @Test
    void nothingIsRecalledFromAFlowsOwnData() {
        ConversationState state =
                ConversationState.fresh("c3", "id")
                        .inFlow("report", "WHO", java.util.Map.of("what", "calo"));
        assertThat(AnswerContext.recall(state, NOW)).isEmpty();
    }

    @Test
    void refreshingMovesTheTimeOnAndKeepsTheRest() {
        ConversationState state =
                ConversationState.fresh("c4", "id")
                        .inFlow(null, null, AnswerContext.topic("costs", "", NOW));
        ConversationState later =
                state.inFlow(
                        null,
                        null,
                        AnswerContext.refreshed(state, NOW.plus(Duration.ofMinutes(25))));
        assertThat(AnswerContext.recall(later, NOW.plus(Duration.ofMinutes(50)))).isPresent();
    }
}
