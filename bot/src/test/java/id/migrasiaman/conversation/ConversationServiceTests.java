package id.migrasiaman.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.conversation.flows.AppendState;
import id.migrasiaman.nlp.Intent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The router and the conversation service on the in-memory store: commands, buttons, the active
 * flow, interceptors, intents, and storage that is away. No Spring, WireMock or MongoDB.
 */
class ConversationServiceTests {

    private final ConversationFixture core =
            new ConversationFixture()
                    .with(new EchoFlow())
                    .understanding(
                            Map.of(
                                    "halo", Intent.GREETING,
                                    "makasih kak sudah bantu", Intent.GREETING,
                                    "thank you so much", Intent.GREETING,
                                    "makase banya nona", Intent.GREETING));

    @Test
    void startWelcomesAndStoresAFreshState() {
        List<Reply> replies = core.send("c1", "/start");

        assertThat(replies)
                .singleElement()
                .extracting(Reply::html)
                .asString()
                .contains("Selamat datang di Migrasi Aman");
        assertThat(core.state("c1").active()).isNull();
        assertThat(core.state("c1").version()).isEqualTo(1);
    }

    @Test
    void theLanguageChosenWithAButtonIsRemembered() {
        core.press("c2", "lang:en");

        assertThat(core.state("c2").language()).isEqualTo("en");
        assertThat(core.send("c2", "/start").get(0).html()).contains("Welcome to Migrasi Aman");
    }

    @Test
    void thanksGetYoureWelcomeNotASecondHello() {
        for (String thanks :
                List.of("makasih kak sudah bantu", "thank you so much", "makase banya nona")) {
            String reply = core.send("c9-" + thanks.length(), thanks).get(0).html();
            assertThat(reply).as(thanks).doesNotContain("Halo!");
            assertThat(reply).as(thanks).containsAnyOf("Sama-sama", "welcome");
        }
        assertThat(core.send("c9", "halo").get(0).html()).contains("Halo!");
    }

    @Test
    void anUnknownCommandGetsAHintNotAnError() {
        assertThat(core.send("c3", "/tidakada"))
                .singleElement()
                .extracting(Reply::html)
                .isNotNull();
    }

    @Test
    void theActiveFlowGetsTheNextMessageUntilCancelled() {
        core.send("c4", "/gema");
        assertThat(core.state("c4").flowName()).isEqualTo(EchoFlow.NAME);

        assertThat(core.send("c4", "apa saja").get(0).html()).isEqualTo("gema: apa saja");
        assertThat(core.state("c4").active()).isEqualTo(new AppendState("1"));

        // The echo flow keeps its state as an AppendState: /batal says what was added stays.
        assertThat(core.send("c4", "/batal").get(0).html()).contains("tetap tersimpan");
        assertThat(core.state("c4").active()).isNull();
    }

    @Test
    void aMessageTheFlowDoesNotTakeIsRoutedAsIfNoFlowWereActive() {
        core.send("c5", "/gema");

        List<Reply> replies = core.send("c5", "halo");

        assertThat(replies.get(0).html()).contains("Halo!");
        assertThat(core.state("c5").active()).isNull();
    }

    @Test
    void intentsChooseTheResponderAndTheRestIsOutOfScope() {
        assertThat(core.send("c6", "halo").get(0).html()).contains("Halo!");
        assertThat(core.send("c6", "cuaca besok?").get(0).html()).contains("Maaf");
    }

    @Test
    void buttonsGoToTheLongestMatchingPrefix() {
        assertThat(core.press("c7", "m:menu")).isNotEmpty();
        assertThat(core.press("c7", EchoFlow.PREFIX + "x").get(0).html()).isEqualTo("tombol x");
    }

    @Test
    void forgedButtonDataIsRefusedAndTheActiveFlowAsksAgainWithNothingStored() {
        core.send("c9", "/gema");
        ConversationState before = core.state("c9");

        for (String forged :
                List.of(
                        EchoFlow.PREFIX + "xyz",
                        "lang:fr",
                        "m:nowhere",
                        "zz:unknown",
                        "",
                        EchoFlow.PREFIX + "x".repeat(80))) {
            assertThat(core.press("c9", forged)).isNotEmpty();
        }

        assertThat(core.state("c9")).isEqualTo(before);
    }

    @Test
    void aButtonPrefixRegisteredTwiceStopsTheStart() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new ButtonRegistry(List.of(new EchoFlow(), new EchoFlow())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(EchoFlow.PREFIX);
    }

    @Test
    void aButtonWithDataOverTelegramsLimitCannotBeBuilt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new Reply.Button("x", "t:" + "a".repeat(63)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Reply.Button("x", "t:" + "é".repeat(31)).data()).hasSize(33);
    }

    @Test
    void storageThatIsAwayStillGetsAnAnswer() {
        core.states.fail(true);

        assertThat(core.send("c8", "/start").get(0).html()).contains("Selamat datang");
        assertThat(core.states.saves()).isZero();
    }

    /**
     * A minimal flow: /gema starts it, it echoes text, and lets greetings through. Flow states are
     * a closed set of records, so it counts in the simplest one (a single string).
     */
    static final class EchoFlow implements Flow, CommandAction, ButtonAction {

        static final String NAME = AppendState.NAME;
        static final String PREFIX = "m:echo:";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public List<Reply> next(Turn turn) {
            if (!(turn.message().content() instanceof Content.Text text)
                    || text.text().equals("halo")) {
                return List.of();
            }
            String before = turn.state().active(AppendState.class).orElseThrow().code();
            int count = (before.isEmpty() ? 0 : Integer.parseInt(before)) + 1;
            turn.update(turn.state().withFlow(new AppendState("" + count)));
            return List.of(Reply.text("gema: " + text.text()));
        }

        @Override
        public Set<String> commands() {
            return Set.of("gema");
        }

        @Override
        public List<Reply> run(Turn turn, Content.Command command) {
            turn.update(turn.state().withFlow(new AppendState("")));
            return List.of(Reply.text("gema siap"));
        }

        @Override
        public String prefix() {
            return PREFIX;
        }

        @Override
        public boolean accepts(String value) {
            return value.matches("[a-z]");
        }

        @Override
        public List<Reply> press(Turn turn, String value) {
            return List.of(Reply.text("tombol " + value));
        }
    }
}
