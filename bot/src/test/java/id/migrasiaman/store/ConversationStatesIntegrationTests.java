package id.migrasiaman.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.ConversationStates;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Conversation state through the driver (embedded server, or MONGODB_URI when set). */
class ConversationStatesIntegrationTests extends IntegrationTest {

    @Autowired ConversationStates states;

    @Autowired ProcessedUpdates processed;

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
    void updateIdIsAcceptedOnce() {
        String key = "test:" + UUID.randomUUID();
        assertThat(processed.firstTime(key)).isTrue();
        assertThat(processed.firstTime(key)).isFalse();
    }
}
