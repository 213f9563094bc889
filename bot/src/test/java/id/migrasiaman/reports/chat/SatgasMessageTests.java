package id.migrasiaman.reports.chat;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.flows.SatgasState;
import id.migrasiaman.conversation.flows.StoryState;
import id.migrasiaman.conversation.flows.StoryStep;
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
        StoryState told = new StoryState(StoryStep.TEXT, "n", "MY", "", "", "");
        ConversationState story = ConversationState.fresh("c", "id").withFlow(told);
        ConversationState detour = story.detour(new SatgasState("LPR-1", story.active()));

        SatgasState answering = detour.active(SatgasState.class).orElseThrow();
        assertThat(answering.returnTo()).isNotNull();
        ConversationState back = detour.detour(answering.returnTo());
        assertThat(back.flowName()).isEqualTo("story");
        assertThat(back.active().stepName()).isEqualTo("TEXT");
        assertThat(back.active()).isEqualTo(told);
    }

    @Test
    void aDetourFromNoFlowGoesBackToNoFlow() {
        ConversationState idle = ConversationState.fresh("c", "id");
        ConversationState detour = idle.detour(new SatgasState("LPR-1", idle.active()));
        SatgasState answering = detour.active(SatgasState.class).orElseThrow();
        assertThat(answering.returnTo()).isNull();
        assertThat(detour.detour(answering.returnTo()).active()).isNull();
    }
}
