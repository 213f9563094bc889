package id.migrasiaman.reports.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.migrasiaman.ForgedCallbackData;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.ConversationFixture;
import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.IncomingMessage;
import id.migrasiaman.conversation.flows.MediaState;
import id.migrasiaman.conversation.flows.MediaStep;
import id.migrasiaman.conversation.flows.SatgasState;
import id.migrasiaman.reports.PendingFiles;
import id.migrasiaman.reports.PublicStatus;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.evidence.EvidenceIntake;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Random, mutated and forged presses of the Satgas-reply buttons ({@code sb:}) and the media choice
 * ({@code md:}) through {@code ConversationService} with the in-memory state store, after a photo
 * arrived outside any flow. Never an exception; a press alone never stores anything in a report;
 * the Satgas detour only for a report that exists; the media choice only at its steps.
 */
class SatgasAndMediaButtonsPropertyTests {

    private static final String REAL = "LPR-7K3Q-M2XA";

    @Property(tries = 150)
    void forgedSatgasAndMediaButtonsNeverThrowNorStoreAnything(
            @ForAll("presses") List<String> presses) {
        ReportQueue queue = mock(ReportQueue.class);
        when(queue.publicStatus(anyString())).thenReturn(Optional.empty());
        when(queue.publicStatus(REAL))
                .thenReturn(
                        Optional.of(
                                new PublicStatus(
                                        REAL, PublicStatus.State.NEEDS_INFO, Instant.now())));
        ConversationFixture chat = fixture(queue);
        chat.handle(
                new IncomingMessage(
                        "p",
                        "user-p",
                        new Content.Media(Content.MediaKind.PHOTO, "file-1", 1000, null, "u-1"),
                        null,
                        null,
                        null,
                        null));
        for (String data : presses) {
            assertThatCode(() -> chat.press("p", data)).as(data).doesNotThrowAnyException();
            chat.states.stored("p").ifPresent(SatgasAndMediaButtonsPropertyTests::onlyOffered);
        }
        verify(queue, never()).append(any(), any(), any(), any(), any());
        verify(queue, never()).submit(any());
    }

    private static void onlyOffered(ConversationState state) {
        if (state.active() instanceof SatgasState satgas) {
            assertThat(satgas.code()).isEqualTo(REAL);
        }
        if (state.active() instanceof MediaState media) {
            assertThat(media.step()).isIn(MediaStep.CHOOSE, MediaStep.CODE);
        }
    }

    @Provide
    Arbitrary<List<String>> presses() {
        List<String> offered =
                List.of("sb:" + REAL, "sb:x", "md:new", "md:code", "md:none", "m:menu", "r:skip");
        Arbitrary<String> mutated =
                Combinators.combine(
                                Arbitraries.of(offered),
                                Arbitraries.strings().ofMaxLength(4),
                                Arbitraries.integers().between(0, 3))
                        .as(ForgedCallbackData::mutate);
        Arbitrary<String> forged =
                Arbitraries.of(
                        "sb:LPR-0000-0000",
                        "sb:lpr7k3qm2xa",
                        "sb:",
                        "sb:" + REAL + ":x",
                        "sb:xx",
                        "md:",
                        "md:new:1",
                        "md:code:" + REAL,
                        "md:offer",
                        "md:NONE");
        return Arbitraries.frequencyOf(
                        Tuple.of(4, Arbitraries.of(offered)),
                        Tuple.of(2, Arbitraries.strings().ofMaxLength(60).map(s -> "sb:" + s)),
                        Tuple.of(2, Arbitraries.strings().ofMaxLength(60).map(s -> "md:" + s)),
                        Tuple.of(3, mutated),
                        Tuple.of(3, forged))
                .list()
                .ofMaxSize(20);
    }

    private static ConversationFixture fixture(ReportQueue queue) {
        ConversationFixture chat = new ConversationFixture();
        EvidenceIntake evidence = mock(EvidenceIntake.class);
        ReportFlow reports = ReportChat.flow(chat, queue, evidence);
        return chat.with(reports)
                .with(new SatgasReplies(queue, evidence, chat.texts))
                .with(
                        new MediaChoice(
                                mock(PendingFiles.class), reports, queue, chat.texts, chat.menus));
    }
}
