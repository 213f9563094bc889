package id.migrasiaman.reports.queue;

import id.migrasiaman.reports.EvidenceRef;
import id.migrasiaman.reports.ReportDraft;
import id.migrasiaman.reports.ReporterContact;
import java.util.List;
import org.bson.Document;

/** A {@link ReportDraft} as a BSON document and back, for the outbox's JSON lines. */
public final class DraftCodec {

    private DraftCodec() {}

    /** The reported facts (what, who, where, when, route, people), as stored and as queued. */
    static Document appendFacts(Document target, ReportDraft d) {
        return target.append("what", d.what())
                .append("who", d.who())
                .append("phones", d.phones())
                .append("socialMedia", d.socialMedia())
                .append("kecamatan", d.kecamatan())
                .append("village", d.village())
                .append("latitude", d.latitude())
                .append("longitude", d.longitude())
                .append("when", d.when())
                .append("destinations", d.destinations())
                .append("transits", d.transits())
                .append("route", d.route())
                .append("victims", d.victims())
                .append("minors", d.minors());
    }

    public static Document toDocument(ReportDraft d) {
        Document doc =
                new Document("sourceKey", d.sourceKey())
                        .append("reporterPseudonym", d.reporterPseudonym())
                        .append("language", d.language())
                        .append("channel", d.channel())
                        .append("urgent", d.urgent());
        return appendFacts(doc, d)
                .append("evidence", d.evidence().stream().map(DraftCodec::evidence).toList())
                .append("messages", d.messages())
                .append("contact", contact(d.contact()));
    }

    public static ReportDraft fromDocument(Document d) {
        Number lat = d.get("latitude", Number.class);
        Number lon = d.get("longitude", Number.class);
        Number victims = d.get("victims", Number.class);
        return new ReportDraft(
                d.getString("sourceKey"),
                d.getString("reporterPseudonym"),
                d.getString("language"),
                d.getString("channel"),
                d.getBoolean("urgent", false),
                d.getString("what"),
                d.getString("who"),
                strings(d, "phones"),
                strings(d, "socialMedia"),
                d.getString("kecamatan"),
                d.getString("village"),
                lat == null ? null : lat.doubleValue(),
                lon == null ? null : lon.doubleValue(),
                d.getString("when"),
                strings(d, "destinations"),
                strings(d, "transits"),
                d.getString("route"),
                victims == null ? null : victims.intValue(),
                d.getBoolean("minors"),
                d.getList("evidence", Document.class, List.of()).stream()
                        .map(ReportDocuments::evidenceRef)
                        .toList(),
                strings(d, "messages"),
                contact(d.get("contact", Document.class)));
    }

    public static Document evidence(EvidenceRef e) {
        return new Document("id", e.id())
                .append("kind", e.kind())
                .append("sha256", e.sha256())
                .append("size", e.size())
                .append("contentType", e.contentType());
    }

    private static Document contact(ReporterContact c) {
        return c == null
                ? null
                : new Document("channel", c.channel()).append("address", c.address());
    }

    private static ReporterContact contact(Document c) {
        return c == null
                ? null
                : new ReporterContact(c.getString("channel"), c.getString("address"));
    }

    private static List<String> strings(Document d, String field) {
        return d.getList(field, String.class, List.of());
    }
}
