package id.migrasiaman.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.flows.AppendState;
import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.conversation.flows.EmergencyStep;
import id.migrasiaman.conversation.flows.FamilyState;
import id.migrasiaman.conversation.flows.FamilyStep;
import id.migrasiaman.conversation.flows.FlowState;
import id.migrasiaman.conversation.flows.MediaState;
import id.migrasiaman.conversation.flows.MediaStep;
import id.migrasiaman.conversation.flows.OfferState;
import id.migrasiaman.conversation.flows.OfferStep;
import id.migrasiaman.conversation.flows.PendingFile;
import id.migrasiaman.conversation.flows.Recall;
import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.conversation.flows.ReportStep;
import id.migrasiaman.conversation.flows.RouteDateState;
import id.migrasiaman.conversation.flows.SatgasState;
import id.migrasiaman.conversation.flows.StoryState;
import id.migrasiaman.conversation.flows.StoryStep;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;

/**
 * Any conversation state, whatever its flow, texts (quotes, ampersands, commas, emoji) and lists,
 * comes back equal after being written as BSON bytes and read again.
 */
class ConversationDocumentsPropertyTests {

    @Property(tries = 300)
    void anyStateSurvivesTheRoundTripThroughBson(@ForAll("states") ConversationState state) {
        Document stored = ConversationDocuments.toDocument(state);
        assertThat(ConversationDocuments.fromDocument(throughBytes(stored))).isEqualTo(state);
    }

    /** The document as the driver would send and receive it. */
    private static Document throughBytes(Document document) {
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        new DocumentCodec()
                .encode(new BsonBinaryWriter(buffer), document, EncoderContext.builder().build());
        return new DocumentCodec()
                .decode(
                        new BsonBinaryReader(ByteBuffer.wrap(buffer.toByteArray())),
                        DecoderContext.builder().build());
    }

    @Provide
    Arbitrary<ConversationState> states() {
        Arbitrary<FlowState> flow = Arbitraries.oneOf(simpleFlows(), detours()).injectNull(0.1);
        Arbitrary<Recall> recall =
                Combinators.combine(
                                Arbitraries.of(Recall.Kind.values()),
                                text(),
                                text(),
                                text(),
                                Arbitraries.longs().between(0, 4_000_000_000L))
                        .as((k, id, q, o, s) -> new Recall(k, id, q, o, Instant.ofEpochSecond(s)))
                        .injectNull(0.3);
        return Combinators.combine(
                        text(),
                        Arbitraries.of("id", "en"),
                        flow,
                        recall,
                        Arbitraries.longs().between(0, 1_000_000),
                        Arbitraries.longs().between(0, 4_000_000_000_000L))
                .as(
                        (id, lang, f, r, v, ms) ->
                                new ConversationState(id, lang, f, r, v, Instant.ofEpochMilli(ms)));
    }

    private static Arbitrary<FlowState> detours() {
        return Combinators.combine(
                        text(),
                        simpleFlows().injectNull(0.3),
                        Arbitraries.of(EmergencyStep.values()))
                .flatAs(
                        (code, inner, step) ->
                                Arbitraries.of(
                                        new SatgasState(code, inner),
                                        new EmergencyState(step, code, code, "MY", "", inner),
                                        new SatgasState(
                                                code,
                                                new EmergencyState(
                                                        step, code, "", "", code, inner))));
    }

    private static Arbitrary<FlowState> simpleFlows() {
        return Arbitraries.oneOf(
                reports(),
                text().map(AppendState::new),
                text().map(RouteDateState::new),
                Combinators.combine(Arbitraries.of(MediaStep.values()), files(), text())
                        .as(MediaState::new),
                Combinators.combine(
                                Arbitraries.of(StoryStep.values()),
                                text(),
                                text(),
                                text(),
                                text(),
                                text())
                        .as(StoryState::new),
                families(),
                Arbitraries.of(OfferStep.values()).map(OfferState::new));
    }

    private static Arbitrary<FlowState> reports() {
        Arbitrary<Double> coordinate = Arbitraries.doubles().between(-180, 180).injectNull(0.5);
        Arbitrary<List<String>> list = text().list().ofMaxSize(4);
        return Combinators.combine(
                        Arbitraries.of(ReportStep.values()),
                        Arbitraries.of(true, false),
                        text().list().ofSize(12),
                        coordinate,
                        coordinate,
                        list,
                        list,
                        list)
                .as(
                        (step, editing, t, lat, lon, evidence, phones, places) ->
                                new ReportState(
                                        step,
                                        editing,
                                        t.get(0),
                                        t.get(1),
                                        t.get(2),
                                        t.get(3),
                                        t.get(4),
                                        lat,
                                        lon,
                                        t.get(5),
                                        t.get(6),
                                        t.get(7),
                                        t.get(8),
                                        t.get(9),
                                        t.get(10),
                                        evidence,
                                        phones,
                                        places,
                                        List.of(t.get(11))));
    }

    private static Arbitrary<FlowState> families() {
        return Combinators.combine(
                        Arbitraries.of(FamilyStep.values()),
                        text().list().ofSize(8),
                        text().list().ofMaxSize(3),
                        files())
                .as(
                        (step, t, countries, files) ->
                                new FamilyState(
                                        step, t.get(0), t.get(1), countries, t.get(2), t.get(3),
                                        t.get(4), t.get(5), t.get(6), t.get(7), files));
    }

    private static Arbitrary<List<PendingFile>> files() {
        return Combinators.combine(
                        Arbitraries.of(Content.MediaKind.values()),
                        Arbitraries.longs().between(0, 50_000_000),
                        text(),
                        text().injectNull(0.3))
                .as(PendingFile::new)
                .list()
                .ofMaxSize(PendingFile.MAX);
    }

    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("", "a,b", "x&y=z", "ret.d.x", "😀 tolong", "$set", "a.b"));
    }
}
