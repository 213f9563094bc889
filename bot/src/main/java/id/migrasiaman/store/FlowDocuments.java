package id.migrasiaman.store;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.flows.AppendState;
import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.conversation.flows.EmergencyStep;
import id.migrasiaman.conversation.flows.FamilyState;
import id.migrasiaman.conversation.flows.FamilyStep;
import id.migrasiaman.conversation.flows.FlowState;
import id.migrasiaman.conversation.flows.InDanger;
import id.migrasiaman.conversation.flows.MediaState;
import id.migrasiaman.conversation.flows.MediaStep;
import id.migrasiaman.conversation.flows.OfferState;
import id.migrasiaman.conversation.flows.OfferStep;
import id.migrasiaman.conversation.flows.PendingFile;
import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.conversation.flows.ReportStep;
import id.migrasiaman.conversation.flows.RouteDateState;
import id.migrasiaman.conversation.flows.SatgasState;
import id.migrasiaman.conversation.flows.StoryState;
import id.migrasiaman.conversation.flows.StoryStep;
import java.util.List;
import org.bson.Document;

/**
 * A flow's typed state as a BSON subdocument: {@code type} (the flow's name) says which record it
 * is, the other fields are the record's. An unknown type or step reads as no flow or the first
 * step, so a document written by a newer version never stops a conversation.
 */
final class FlowDocuments {

    static final String TYPE = "type";

    private FlowDocuments() {}

    static Document toDocument(FlowState flow) {
        if (flow == null) {
            return null;
        }
        Document d = new Document(TYPE, flow.name());
        if (flow instanceof ReportState r) {
            d.append("step", r.step().name())
                    .append("editing", r.editing())
                    .append("nonce", r.nonce())
                    .append("what", r.what())
                    .append("who", r.who())
                    .append("kecamatan", r.kecamatan())
                    .append("village", r.village())
                    .append("lat", r.lat())
                    .append("lon", r.lon())
                    .append("when", r.when())
                    .append("route", r.route())
                    .append("victims", r.victims())
                    .append("minors", r.minors())
                    .append("people", r.people())
                    .append("contact", r.contact())
                    .append("evidence", r.evidence())
                    .append("phones", r.phones())
                    .append("destinations", r.destinations())
                    .append("transits", r.transits());
        } else if (flow instanceof AppendState a) {
            d.append("code", a.code());
        } else if (flow instanceof RouteDateState r) {
            d.append("stepId", r.stepId());
        } else if (flow instanceof SatgasState s) {
            d.append("code", s.code()).append("returnTo", toDocument(s.returnTo()));
        } else if (flow instanceof MediaState m) {
            d.append("step", m.step().name())
                    .append("files", files(m.files()))
                    .append("caption", m.caption());
        } else if (flow instanceof StoryState s) {
            d.append("step", s.step().name())
                    .append("nonce", s.nonce())
                    .append("country", s.country())
                    .append("route", s.route())
                    .append("text", s.text())
                    .append("advice", s.advice());
        } else if (flow instanceof EmergencyState e) {
            d.append("step", e.step().name())
                    .append("code", e.code())
                    .append("text", e.text())
                    .append("country", e.country())
                    .append("pending", e.pending())
                    .append("interrupted", toDocument(e.interrupted()))
                    .append("inDanger", e.inDanger().name());
        } else if (flow instanceof FamilyState f) {
            d.append("step", f.step().name())
                    .append("nonce", f.nonce())
                    .append("story", f.story())
                    .append("destinations", f.destinations())
                    .append("person", f.person())
                    .append("place", f.place())
                    .append("employer", f.employer())
                    .append("last", f.last())
                    .append("contact", f.contact())
                    .append("code", f.code())
                    .append("files", files(f.files()));
        } else if (flow instanceof OfferState o) {
            d.append("step", o.step().name());
        }
        return d;
    }

    static FlowState fromDocument(Document d) {
        if (d == null) {
            return null;
        }
        return switch (d.get(TYPE, "")) {
            case ReportState.NAME ->
                    new ReportState(
                            step(ReportStep.class, d, ReportStep.WHAT),
                            Boolean.TRUE.equals(d.getBoolean("editing")),
                            d.getString("nonce"),
                            d.getString("what"),
                            d.getString("who"),
                            d.getString("kecamatan"),
                            d.getString("village"),
                            number(d, "lat"),
                            number(d, "lon"),
                            d.getString("when"),
                            d.getString("route"),
                            d.getString("victims"),
                            d.getString("minors"),
                            d.getString("people"),
                            d.getString("contact"),
                            strings(d, "evidence"),
                            strings(d, "phones"),
                            strings(d, "destinations"),
                            strings(d, "transits"));
            case AppendState.NAME -> new AppendState(d.getString("code"));
            case RouteDateState.NAME -> new RouteDateState(d.getString("stepId"));
            case SatgasState.NAME -> {
                FlowState back = fromDocument(d.get("returnTo", Document.class));
                yield new SatgasState(
                        d.getString("code"), back instanceof SatgasState ? null : back);
            }
            case MediaState.NAME ->
                    new MediaState(
                            step(MediaStep.class, d, MediaStep.CHOOSE),
                            files(d),
                            d.getString("caption"));
            case StoryState.NAME ->
                    new StoryState(
                            step(StoryStep.class, d, StoryStep.INTRO),
                            d.getString("nonce"),
                            d.getString("country"),
                            d.getString("route"),
                            d.getString("text"),
                            d.getString("advice"));
            case EmergencyState.NAME -> {
                FlowState interrupted = fromDocument(d.get("interrupted", Document.class));
                yield new EmergencyState(
                        step(EmergencyStep.class, d, EmergencyStep.ASK),
                        d.getString("code"),
                        d.getString("text"),
                        d.getString("country"),
                        d.getString("pending"),
                        interrupted instanceof EmergencyState ? null : interrupted,
                        // saved before who is in danger was kept: decided again once, from the
                        // alarm's first text, by the emergency module
                        InDanger.of(d.getString("inDanger")));
            }
            case FamilyState.NAME ->
                    new FamilyState(
                            step(FamilyStep.class, d, FamilyStep.DANGER),
                            d.getString("nonce"),
                            d.getString("story"),
                            strings(d, "destinations"),
                            d.getString("person"),
                            d.getString("place"),
                            d.getString("employer"),
                            d.getString("last"),
                            d.getString("contact"),
                            d.getString("code"),
                            files(d));
            case OfferState.NAME -> new OfferState(step(OfferStep.class, d, OfferStep.DESCRIBE));
            default -> null;
        };
    }

    private static List<Document> files(List<PendingFile> files) {
        return files.stream()
                .map(
                        f ->
                                new Document("kind", f.kind().name())
                                        .append("size", f.sizeBytes())
                                        .append("fileRef", f.fileRef())
                                        .append("uniqueId", f.uniqueId()))
                .toList();
    }

    private static List<PendingFile> files(Document d) {
        return d.getList("files", Document.class, List.of()).stream()
                .map(
                        f ->
                                new PendingFile(
                                        Content.MediaKind.valueOf(f.getString("kind")),
                                        f.get("size", Number.class).longValue(),
                                        f.getString("fileRef"),
                                        f.getString("uniqueId")))
                .toList();
    }

    private static List<String> strings(Document d, String key) {
        return d.getList(key, String.class, List.of());
    }

    private static Double number(Document d, String key) {
        Number n = d.get(key, Number.class);
        return n == null ? null : n.doubleValue();
    }

    private static <E extends Enum<E>> E step(Class<E> type, Document d, E first) {
        try {
            return Enum.valueOf(type, d.get("step", first.name()));
        } catch (IllegalArgumentException e) {
            return first;
        }
    }
}
