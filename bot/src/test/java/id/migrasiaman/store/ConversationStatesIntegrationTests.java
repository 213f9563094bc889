package id.migrasiaman.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.ConversationStates;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.conversation.flows.ReportStep;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Conversation state through the driver (embedded server, or MONGODB_URI when set). */
class ConversationStatesIntegrationTests extends IntegrationTest {

    @Autowired ConversationStates states;

    @Test
    void savesAndFindsState() {
        String id = UUID.randomUUID().toString();
        ConversationState saved =
                states.save(
                        ConversationState.fresh(id, "en").withFlow(report(ReportStep.WHO, "calo")));
        assertThat(saved.version()).isEqualTo(1);
        ConversationState found = states.find(id).orElseThrow();
        assertThat(found.language()).isEqualTo("en");
        assertThat(found.flowName()).isEqualTo("report");
        assertThat(found.active(ReportState.class).orElseThrow().what()).isEqualTo("calo");
    }

    @Test
    void staleVersionIsRejected() {
        String id = UUID.randomUUID().toString();
        ConversationState v1 = states.save(ConversationState.fresh(id, "id"));
        states.save(v1.withLanguage("en"));
        assertThatThrownBy(() -> states.save(v1.withLanguage("id")))
                .isInstanceOf(MongoConversationStates.ConcurrentUpdateException.class);
    }

    @Test
    void theLastTurnIsRecordedWithTheStateAndFoundAgainAfterTheCacheIsGone() {
        String id = UUID.randomUUID().toString();
        Reply question =
                Reply.withButtons(
                        "<b>Di mana?</b>", List.of(List.of(new Reply.Button("Kupang", "k:1"))));
        states.save(
                ConversationState.fresh(id, "id").withFlow(report(ReportStep.WHERE, "")),
                "tg:7",
                List.of(question));

        states.forget(id);

        assertThat(states.repliesOf(id, "tg:7")).contains(List.of(question));
        assertThat(states.repliesOf(id, "tg:8")).isEmpty();
        assertThat(states.find(id).orElseThrow().active().stepName()).isEqualTo("WHERE");
    }

    private static ReportState report(ReportStep step, String what) {
        ReportState empty = ReportState.empty(step, "n");
        return new ReportState(
                step,
                false,
                "n",
                what,
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
                empty.evidence(),
                List.of(),
                List.of(),
                List.of());
    }
}
