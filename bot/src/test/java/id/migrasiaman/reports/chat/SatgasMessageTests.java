package id.migrasiaman.reports.chat;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.conversation.ConversationState;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SatgasMessageTests {

    @Test
    void theReportIsFoundInTheStaffMessageAsTheReporterSeesIt() {
        assertThat(SatgasMessage.codeOf("📩 Satgas — LPR-7K3Q-M2XA\nDi mana penampungannya?"))
                .hasValue("LPR-7K3Q-M2XA");
        assertThat(SatgasMessage.codeOf("Satgas - LPR-7K3Q-M2XA")).hasValue("LPR-7K3Q-M2XA");
    }

    @Test
    void otherMessagesOfTheBotAreNotStaffMessages() {
        assertThat(SatgasMessage.codeOf("✅ Laporan terkirim. Kode laporan: LPR-7K3Q-M2XA"))
                .isEmpty();
        assertThat(SatgasMessage.codeOf("Halo! Satgas — bukan kode")).isEmpty();
        assertThat(SatgasMessage.codeOf(null)).isEmpty();
    }

    @Test
    void aDetourGoesBackToTheFlowItLeftWithItsData() {
        ConversationState story =
                ConversationState.fresh("c", "id").inFlow("story", "TEXT", Map.of("country", "MY"));
        ConversationState detour =
                story.inFlow("satgas", "ANSWER", ReturnPoint.keep(story, Map.of("code", "LPR-1")));

        assertThat(ReturnPoint.resumesFlow(detour)).isTrue();
        ConversationState back = ReturnPoint.back(detour);
        assertThat(back.flow()).isEqualTo("story");
        assertThat(back.step()).isEqualTo("TEXT");
        assertThat(back.data()).containsExactly(Map.entry("country", "MY"));
    }

    @Test
    void aDetourFromNoFlowGoesBackToNoFlow() {
        ConversationState idle = ConversationState.fresh("c", "id");
        ConversationState detour =
                idle.inFlow("satgas", "ANSWER", ReturnPoint.keep(idle, Map.of("code", "LPR-1")));
        assertThat(ReturnPoint.resumesFlow(detour)).isFalse();
        assertThat(ReturnPoint.back(detour).flow()).isNull();
        assertThat(ReturnPoint.back(detour).data()).isEmpty();
    }
}
