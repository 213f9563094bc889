package id.migrasiaman.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;

import id.migrasiaman.conversation.ConversationFixture;
import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.flows.FamilyState;
import id.migrasiaman.conversation.flows.FamilyStep;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.TextAnalyser;
import id.migrasiaman.reports.PendingFiles;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Random, mutated and forged button data thrown at the family-abroad flow through {@code
 * ConversationService}: never an exception, the step always one of the flow's steps.
 */
class FamilyButtonsPropertyTests {

    private static final List<String> OFFERED =
            List.of(
                    "m:family",
                    "f:danger:no",
                    "f:offer:yes",
                    "f:skip",
                    "f:contact:yes",
                    "f:contact:no",
                    "f:cancel",
                    "m:menu");

    @Property(tries = 150)
    void forgedButtonDataNeverThrowsNorLeavesAnUnknownStep(
            @ForAll("presses") List<String> presses) {
        ConversationFixture chat = new ConversationFixture();
        TextAnalyser analyser =
                text -> new Analysis(text, "id", Intent.OUT_OF_SCOPE, 0.9, Entities.NONE);
        FamilyAbroadFlow flow =
                new FamilyAbroadFlow(
                        new FamilyPrompts(chat.texts, chat.menus),
                        mock(FamilyReports.class),
                        mock(PendingFiles.class),
                        analyser);
        chat.with(flow).with(new FamilyEntry(flow, analyser));
        chat.press("f", "m:family");
        for (String data : presses) {
            assertThatCode(() -> chat.press("f", data)).doesNotThrowAnyException();
            chat.states.stored("f").ifPresent(FamilyButtonsPropertyTests::knownStep);
        }
    }

    private static void knownStep(ConversationState state) {
        if (FamilyAbroadFlow.NAME.equals(state.flowName())) {
            assertThat(state.active()).isInstanceOf(FamilyState.class);
            assertThat(Arrays.stream(FamilyStep.values()).map(Enum::name))
                    .contains(state.active().stepName());
        }
    }

    @Provide
    Arbitrary<List<String>> presses() {
        Arbitrary<String> offered = Arbitraries.of(OFFERED);
        Arbitrary<String> mutated =
                Arbitraries.of(OFFERED)
                        .flatMap(
                                d ->
                                        Arbitraries.strings()
                                                .ofMaxLength(4)
                                                .map(n -> n.isEmpty() ? d + ":" : d + n));
        Arbitrary<String> forged =
                Arbitraries.of(
                        "f:danger:maybe",
                        "f:contact:",
                        "f:send:now",
                        "f:",
                        "f:skip:1",
                        "m:familyx");
        return Arbitraries.frequencyOf(
                        Tuple.of(4, offered),
                        Tuple.of(2, Arbitraries.strings().ofMaxLength(70).map(s -> "f:" + s)),
                        Tuple.of(3, mutated),
                        Tuple.of(2, forged))
                .list()
                .ofMaxSize(20);
    }
}
