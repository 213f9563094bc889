package id.migrasiaman.answers;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.flows.OfferState;
import id.migrasiaman.conversation.flows.OfferStep;
import id.migrasiaman.conversation.flows.Recall;
import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.conversation.flows.ReportStep;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnswerContextTests {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void aTopicIsRecalledForThirtyMinutes() {
        ConversationState state =
                ConversationState.fresh("c1", "id")
                        .withRecall(Recall.topic("passport", "cara buat paspor?", NOW));

        assertThat(AnswerContext.recall(state, NOW.plus(Duration.ofMinutes(29))))
                .hasValue(Recall.topic("passport", "cara buat paspor?", NOW));
        assertThat(AnswerContext.recall(state, NOW.plus(Duration.ofMinutes(31)))).isEmpty();
    }

    @Test
    void anOfferIsRecalledWithoutATopic() {
        ConversationState state =
                ConversationState.fresh("c2", "id")
                        .withFlow(new OfferState(OfferStep.CHECKED))
                        .withRecall(Recall.offer("Gaji 8 juta", NOW));
        assertThat(AnswerContext.recall(state, NOW))
                .hasValueSatisfying(
                        c -> {
                            assertThat(c.kind()).isEqualTo(Recall.Kind.OFFER);
                            assertThat(c.topicId()).isEmpty();
                            assertThat(c.offer()).isEqualTo("Gaji 8 juta");
                        });
    }

    @Test
    void nothingIsRecalledFromAFlowsOwnData() {
        ConversationState state =
                ConversationState.fresh("c3", "id")
                        .withRecall(Recall.topic("costs", "", NOW))
                        .withFlow(ReportState.empty(ReportStep.WHO, "n"));
        assertThat(AnswerContext.recall(state, NOW)).isEmpty();
    }

    @Test
    void refreshingMovesTheTimeOnAndKeepsTheRest() {
        ConversationState state =
                ConversationState.fresh("c4", "id").withRecall(Recall.topic("costs", "", NOW));
        ConversationState later =
                state.withRecall(state.recall().refreshed(NOW.plus(Duration.ofMinutes(25))));
        assertThat(AnswerContext.recall(later, NOW.plus(Duration.ofMinutes(50)))).isPresent();
        assertThat(later.recall().topicId()).isEqualTo("costs");
    }
}
