package id.migrasiaman.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import id.migrasiaman.ForgedCallbackData;
import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.choices.Destination;
import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.reports.Priority;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Button data is client-controlled: random, mutated and forged presses of the emergency's buttons
 * ({@code em:}, {@code e:}) through {@code ConversationService} with the in-memory state store and
 * the report queue on the embedded MongoDB. Never an exception; another person's urgent report is
 * never withdrawn and never gets a contact; a country only from the offered list; nothing is
 * waiting to be added that was not typed; at most one urgent report per person and hour.
 */
class EmergencyButtonsPropertyTests {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final String REPORTER = "reporterPseudonym";
    private static EmergencyFixture bot;
    private static String victimCode;

    @BeforeContainer
    static void start() throws Exception {
        bot = new EmergencyFixture(Files.createTempDirectory("em-buttons"));
        List<?> replies = bot.chat.send("victim", "saya dikurung majikan di Tawau, tolong");
        victimCode = StaffChat.codeIn(replies.toString());
    }

    @AfterContainer
    static void stop() {
        bot.close();
    }

    @Property(tries = 150)
    void forgedEmergencyButtonsNeverThrowNorStoreAForgedValue(
            @ForAll("presses") List<String> presses) {
        String me = "attacker-" + RUN.incrementAndGet();
        for (String data : presses) {
            String pressed = data.replace("VICTIM", victimCode);
            assertThatCode(() -> bot.chat.press(me, pressed))
                    .as(pressed)
                    .doesNotThrowAnyException();
            bot.chat.states.stored(me).ifPresent(EmergencyButtonsPropertyTests::onlyOffered);
        }
        assertThat(bot.report(victimCode).withdrawn()).isFalse();
        assertThat(bot.reports.queue.contactFor(victimCode)).isEmpty();
        assertThat(bot.reports.queue.recentUrgent("user-" + me, java.time.Duration.ofHours(1)))
                .satisfiesAnyOf(
                        code -> assertThat(code).isEmpty(),
                        code -> assertThat(code.get()).isNotEqualTo(victimCode));
        assertThat(bot.reports.count(REPORTER, "user-" + me)).isLessThanOrEqualTo(1);
        assertThat(bot.report(victimCode).priority()).isEqualTo(Priority.URGENT);
    }

    private static void onlyOffered(ConversationState state) {
        if (!(state.active() instanceof EmergencyState emergency)) {
            return;
        }
        assertThat(emergency.pending()).isEmpty();
        String country = emergency.country();
        if (!country.isEmpty()) {
            assertThat(Destination.hasOwnHotlines(country)).as(country).isTrue();
        }
    }

    @Provide
    Arbitrary<List<String>> presses() {
        List<String> offered =
                List.of(
                        "m:emergency",
                        "em:yes",
                        "em:no",
                        "em:resume",
                        "em:add",
                        "em:keep",
                        "em:h:MY",
                        "em:h:TW",
                        "em:withdraw:VICTIM",
                        "e:contact:VICTIM",
                        "e:nocontact:VICTIM",
                        "m:menu");
        Arbitrary<String> mutated =
                Combinators.combine(
                                Arbitraries.of(offered),
                                Arbitraries.strings().ofMaxLength(4),
                                Arbitraries.integers().between(0, 3))
                        .as(ForgedCallbackData::mutate);
        Arbitrary<String> forged =
                Arbitraries.of(
                        "em:h:XX",
                        "em:h:ID",
                        "em:h:my",
                        "em:h:",
                        "em:withdraw:",
                        "em:withdraw:MA-00000000",
                        "em:withdraw:VICTIM:x",
                        "e:contact:",
                        "e:contact:MA-00000000",
                        "em:add:" + "x".repeat(40),
                        "em:",
                        "e:",
                        "em:yes:now");
        return Arbitraries.frequencyOf(
                        Tuple.of(4, Arbitraries.of(offered)),
                        Tuple.of(2, Arbitraries.strings().ofMaxLength(60).map(s -> "em:" + s)),
                        Tuple.of(1, Arbitraries.strings().ofMaxLength(64)),
                        Tuple.of(3, mutated),
                        Tuple.of(3, forged))
                .list()
                .ofMaxSize(20);
    }
}
