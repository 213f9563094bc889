package id.migrasiaman.reports.queue;

import id.migrasiaman.reports.EvidenceRef;
import id.migrasiaman.reports.Priority;
import id.migrasiaman.reports.PublicStatus;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportDraft;
import id.migrasiaman.reports.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;

/** The shape of a {@code reports} document: field names and the mapping to and from records. */
public final class ReportDocuments {

    public static final String CODE = "code";
    static final String SOURCE_KEY = "sourceKey";
    public static final String STATUS = "status";
    public static final String RANK = "rank";
    public static final String CREATED_AT = "createdAt";
    static final String UPDATED_AT = "updatedAt";
    public static final String PUBLIC_UPDATED_AT = "publicUpdatedAt";
    static final String CLOSED_AT = "closedAt";
    static final String LINKED_AT = "linkedAt";
    static final String ASSIGNEE = "assignee";
    static final String LEASE_UNTIL = "leaseUntil";
    static final String BROKER_ID = "brokerId";
    static final String MESSAGES = "messages";
    public static final String EVIDENCE = "evidence";
    static final String AUDIT = "audit";
    static final String APPEND_KEYS = "appendKeys";
    static final String PURGED = "purged";
    public static final String NEW_INFO = "hasNewInfo";

    private ReportDocuments() {}

    static Document newReport(
            ReportDraft d, String code, Instant at, Priority priority, String brokerId) {
        Date now = Date.from(at);
        Document report =
                new Document(CODE, code)
                        .append(SOURCE_KEY, d.sourceKey())
                        .append(STATUS, Status.NEW.name())
                        .append("priority", priority.name())
                        .append(RANK, priority.rank())
                        .append("urgent", d.urgent())
                        .append("language", d.language())
                        .append("channel", d.channel())
                        .append("reporterPseudonym", d.reporterPseudonym());
        return DraftCodec.appendFacts(report, d)
                .append("entities", Entities.of(d))
                .append(MESSAGES, messages(d.messages(), d.reporterPseudonym(), at))
                .append(EVIDENCE, evidence(d.evidence(), d.reporterPseudonym(), at))
                .append(
                        AUDIT,
                        List.of(audit(at, d.reporterPseudonym(), "submit", null, Status.NEW)))
                .append(BROKER_ID, brokerId)
                .append("hasContact", d.contact() != null)
                .append(APPEND_KEYS, List.of())
                .append(CREATED_AT, now)
                .append(UPDATED_AT, now)
                .append(PUBLIC_UPDATED_AT, now);
    }

    static List<Document> messages(List<String> texts, String by, Instant at) {
        return texts.stream()
                .map(t -> new Document("text", t).append("by", by).append("at", Date.from(at)))
                .toList();
    }

    static List<Document> evidence(List<EvidenceRef> refs, String by, Instant at) {
        return refs.stream()
                .map(
                        e ->
                                new Document("id", e.id())
                                        .append("kind", e.kind())
                                        .append("sha256", e.sha256())
                                        .append("size", e.size())
                                        .append("contentType", e.contentType())
                                        .append("by", by)
                                        .append("at", Date.from(at)))
                .toList();
    }

    static Document audit(Instant at, String by, String action, Status from, Status to) {
        return audit(at, by, action, from, to, null);
    }

    static Document audit(
            Instant at, String by, String action, Status from, Status to, String note) {
        return new Document("at", Date.from(at))
                .append("by", by)
                .append("action", action)
                .append("from", from == null ? null : from.name())
                .append("to", to == null ? null : to.name())
                .append("note", note);
    }

    public static Report toReport(Document d) {
        return new Report(
                d.getString(CODE),
                Status.valueOf(d.getString(STATUS)),
                Priority.valueOf(d.getString("priority")),
                d.getBoolean("urgent", false),
                d.getString("language"),
                d.getString("channel"),
                d.getString("reporterPseudonym"),
                facts(d),
                list(d, MESSAGES, ReportDocuments::message),
                list(d, EVIDENCE, ReportDocuments::evidenceRef),
                list(d, AUDIT, ReportDocuments::auditEntry),
                d.getString(BROKER_ID),
                d.getString(ASSIGNEE),
                instant(d, LEASE_UNTIL),
                instant(d, CREATED_AT),
                instant(d, UPDATED_AT),
                d.getBoolean(PURGED, false),
                d.getBoolean(NEW_INFO, false));
    }

    private static Report.Facts facts(Document d) {
        Number victims = d.get("victims", Number.class);
        Number lat = d.get("latitude", Number.class);
        Number lon = d.get("longitude", Number.class);
        return new Report.Facts(
                d.getString("what"),
                d.getString("who"),
                d.getList("phones", String.class, List.of()),
                d.getList("socialMedia", String.class, List.of()),
                d.getString("kecamatan"),
                d.getString("village"),
                lat == null ? null : lat.doubleValue(),
                lon == null ? null : lon.doubleValue(),
                d.getString("when"),
                d.getList("destinations", String.class, List.of()),
                d.getList("transits", String.class, List.of()),
                d.getString("route"),
                victims == null ? null : victims.intValue(),
                d.getBoolean("minors"));
    }

    private static Report.Message message(Document m) {
        return new Report.Message(m.getString("text"), m.getString("by"), instant(m, "at"));
    }

    public static EvidenceRef evidenceRef(Document e) {
        return new EvidenceRef(
                e.getString("id"),
                e.getString("kind"),
                e.getString("sha256"),
                e.get("size", Number.class).longValue(),
                e.getString("contentType"));
    }

    private static Report.AuditEntry auditEntry(Document a) {
        String from = a.getString("from");
        String to = a.getString("to");
        return new Report.AuditEntry(
                instant(a, "at"),
                a.getString("by"),
                a.getString("action"),
                from == null ? null : Status.valueOf(from),
                to == null ? null : Status.valueOf(to),
                a.getString("note"));
    }

    /** What the reporter may see of the stored report {@code r}. */
    public static PublicStatus publicStatus(Document r) {
        return new PublicStatus(
                r.getString(CODE),
                PublicStatus.State.of(Status.valueOf(r.getString(STATUS))),
                instant(r, PUBLIC_UPDATED_AT),
                r.getBoolean("urgent", false),
                r.getBoolean(FollowUps.WITHDRAWN, false));
    }

    public static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static <T> List<T> list(Document d, String field, Function<Document, T> mapper) {
        List<T> result = new ArrayList<>();
        for (Document item : d.getList(field, Document.class, List.of())) {
            result.add(mapper.apply(item));
        }
        return List.copyOf(result);
    }
}
