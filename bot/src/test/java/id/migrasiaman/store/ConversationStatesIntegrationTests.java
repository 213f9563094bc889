package id.migrasiaman.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.ConversationStates;
import id.migrasiaman.conversation.Reply;
import java.util.List;
import java.util.Map;
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
                        ConversationState.fresh(id, "en")
                                .inFlow("report", "who", Map.of("what", "calo")));
        assertThat(saved.version()).isEqualTo(1);
        ConversationState found = states.find(id).orElseThrow();
        assertThat(found.language()).isEqualTo("en");
        assertThat(found.flow()).isEqualTo("report");
        assertThat(found.data()).containsEntry("what", "calo");
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
                ConversationState.fresh(id, "id").inFlow("report", "where", Map.of()),
                "tg:7",
                List.of(question));

        states.forget(id);

        assertThat(states.repliesOf(id, "tg:7")).contains(List.of(question));
        assertThat(states.repliesOf(id, "tg:8")).isEmpty();
        assertThat(states.find(id).orElseThrow().step()).isEqualTo("where");
    }
}
