package id.migrasiaman.reports.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import id.migrasiaman.ForgedCallbackData;
import id.migrasiaman.conversation.ConversationFixture;
import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.choices.Destination;
import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.conversation.flows.ReportStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Button data is client-controlled: random, mutated and forged presses thrown at the guided report
 * through {@code ConversationService} with the in-memory state store never raise an exception and
 * never leave a value in the stored report that its buttons did not offer.
 */
class ReportButtonsPropertyTests {

    private static final List<String> OFFERED = offered();

    @Property(tries = 200)
    void forgedAndMutatedButtonDataNeverThrowsNorStoresAForgedValue(
            @ForAll("presses") List<String> presses) {
        ConversationFixture chat = fixture();
        chat.press("p", "r:fromoffer");
        for (String data : presses) {
            assertThatCode(() -> chat.press("p", data)).doesNotThrowAnyException();
            chat.states.stored("p").ifPresent(ReportButtonsPropertyTests::onlyOfferedValues);
        }
    }

    private static void onlyOfferedValues(ConversationState state) {
        if (!(state.active() instanceof ReportState data)) {
            return;
        }
        assertThat(Arrays.stream(ReportStep.values())).contains(data.step());
        if (!data.kecamatan().isEmpty()) {
            assertThat(Kecamatan.ALL).contains(data.kecamatan());
        }
        for (String code : data.destinations()) {
            assertThat(Destination.in(Destination.REPORT, code)).as(code).isTrue();
        }
        if (!data.when().isEmpty()) {
            assertThat(ReportPrompts.WHEN).contains(data.when());
        }
        if (!data.victims().isEmpty()) {
            assertThat(ReportPrompts.VICTIMS).contains(data.victims());
        }
        if (!data.minors().isEmpty()) {
            assertThat(ReportPrompts.MINORS).contains(data.minors());
        }
        assertThat(data.contact()).isIn("", "user-p");
    }

    @Provide
    Arbitrary<List<String>> presses() {
        Arbitrary<String> offered = Arbitraries.of(OFFERED);
        Arbitrary<String> random = Arbitraries.strings().ofMaxLength(80);
        Arbitrary<String> prefixed = Arbitraries.strings().ofMaxLength(70).map(s -> "r:" + s);
        Arbitrary<String> mutated =
                Combinators.combine(
                                offered,
                                Arbitraries.strings().ofMaxLength(4),
                                Arbitraries.integers().between(0, 3))
                        .as(ForgedCallbackData::mutate);
        Arbitrary<String> forged =
                Arbitraries.of(
                        "r:kec:99",
                        "r:kec:-1",
                        "r:kec:+1",
                        "r:kec:",
                        "r:kec",
                        "r:dest:XX",
                        "r:dest:ZZ",
                        "r:dest:my",
                        "r:when:yesterday",
                        "r:victims:1000",
                        "r:minors:maybe",
                        "r:contact:perhaps",
                        "r:edit:NONCE",
                        "r:edit:SUMMARY",
                        "r:send:now",
                        "r:",
                        ":");
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, offered),
                        net.jqwik.api.Tuple.of(2, random),
                        net.jqwik.api.Tuple.of(2, prefixed),
                        net.jqwik.api.Tuple.of(3, mutated),
                        net.jqwik.api.Tuple.of(3, forged))
                .list()
                .ofMaxSize(25);
    }

    private static List<String> offered() {
        List<String> all = new ArrayList<>();
        List.of(
                        "skip",
                        "done",
                        "cancel",
                        "start",
                        "fromoffer",
                        "edit",
                        "contact:yes",
                        "contact:no",
                        "dest:other")
                .forEach(v -> all.add("r:" + v));
        IntStream.range(0, Kecamatan.ALL.size()).forEach(i -> all.add("r:kec:" + i));
        ReportPrompts.WHEN.forEach(v -> all.add("r:when:" + v));
        ReportPrompts.VICTIMS.forEach(v -> all.add("r:victims:" + v));
        ReportPrompts.MINORS.forEach(v -> all.add("r:minors:" + v));
        ReportPrompts.EDITABLE.forEach(v -> all.add("r:edit:" + v));
        Destination.REPORT.forEach(d -> all.add("r:dest:" + d.name()));
        all.add("m:menu");
        return List.copyOf(all);
    }

    private static ConversationFixture fixture() {
        return ReportChat.flowOnly();
    }
}
