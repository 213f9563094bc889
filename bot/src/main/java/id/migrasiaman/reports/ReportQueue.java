package id.migrasiaman.reports;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import id.migrasiaman.reports.outbox.Outbox;
import id.migrasiaman.reports.queue.FollowUps;
import id.migrasiaman.reports.queue.MongoFailures;
import id.migrasiaman.reports.queue.ReferenceCodes;
import id.migrasiaman.reports.queue.ReportClaims;
import id.migrasiaman.reports.queue.ReportDocuments;
import id.migrasiaman.reports.queue.ReportTransitions;
import id.migrasiaman.reports.queue.ReportWriter;
import id.migrasiaman.reports.queue.ReporterContacts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The report queue: reporters submit and follow up, staff claim and move reports through the
 * workflow. A submit is durable when it returns — in MongoDB, or in the local outbox while MongoDB
 * is away — and {@link ReportSubmitted} follows once the report is in MongoDB.
 */
@Service
public class ReportQueue {

    private static final Logger log = LoggerFactory.getLogger(ReportQueue.class);

    private final MongoCollection<Document> reports;
    private final ReportWriter writer;
    private final Outbox outbox;
    private final ReportClaims claims;
    private final ReportTransitions transitions;
    private final FollowUps followUps;
    private final ReporterContacts contacts;
    private final Clock clock;
    private final Duration defaultLease;

    ReportQueue(
            MongoDatabase database,
            ReportWriter writer,
            Outbox outbox,
            ReportClaims claims,
            ReportTransitions transitions,
            FollowUps followUps,
            ReporterContacts contacts,
            Clock clock,
            ReportSettings settings) {
        this.reports = database.getCollection("reports");
        this.writer = writer;
        this.outbox = outbox;
        this.claims = claims;
        this.transitions = transitions;
        this.followUps = followUps;
        this.contacts = contacts;
        this.clock = clock;
        this.defaultLease = settings.leaseDuration();
    }

    /**
     * Stores a report, or queues it locally when MongoDB cannot be reached. The same source key
     * always yields the first report's code.
     */
    public SubmitResult submit(ReportDraft draft) {
        Optional<Outbox.Entry> queued = outbox.pendingFor(draft.sourceKey());
        if (queued.isPresent()) {
            return new SubmitResult(queued.get().code(), SubmitResult.Outcome.QUEUED_LOCALLY);
        }
        String code = writer.newCode();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try {
            ReportWriter.Stored stored = writer.store(draft, code, now);
            return new SubmitResult(
                    stored.code(),
                    stored.created()
                            ? SubmitResult.Outcome.STORED
                            : SubmitResult.Outcome.ALREADY_SUBMITTED);
        } catch (MongoException e) {
            if (!MongoFailures.unavailable(e)) {
                throw e;
            }
            log.warn(
                    "MongoDB unavailable ({}): report {} queued locally",
                    e.getClass().getSimpleName(),
                    code);
            outbox.append(new Outbox.Entry(code, now, draft));
            return new SubmitResult(code, SubmitResult.Outcome.QUEUED_LOCALLY);
        }
    }

    /** The report with {@code code} (any case, with or without dashes). */
    public Optional<Report> find(String code) {
        return ReferenceCodes.normalise(code)
                .map(c -> reports.find(eq(ReportDocuments.CODE, c)).first())
                .map(ReportDocuments::toReport);
    }

    /** What the reporter may see about {@code code}; a report still in the outbox is RECEIVED. */
    public Optional<PublicStatus> publicStatus(String code) {
        Optional<String> normalised = ReferenceCodes.normalise(code);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        String c = normalised.get();
        Optional<PublicStatus> waiting =
                outbox.pending(c)
                        .map(
                                e ->
                                        new PublicStatus(
                                                c,
                                                PublicStatus.State.RECEIVED,
                                                e.createdAt(),
                                                e.draft().urgent(),
                                                false));
        if (waiting.isPresent()) {
            return waiting;
        }
        Document report = reports.find(eq(ReportDocuments.CODE, c)).first();
        return Optional.ofNullable(report).map(ReportDocuments::publicStatus);
    }

    /**
     * The reports of {@code reporterPseudonym}, newest first, at most {@code limit}: what a lost
     * message can never take away ({@code /laporan}). Reports still in the outbox are RECEIVED.
     */
    public List<PublicStatus> ofReporter(String reporterPseudonym, int limit) {
        List<PublicStatus> found = new ArrayList<>();
        for (Outbox.Entry e : outbox.pending()) {
            if (reporterPseudonym.equals(e.draft().reporterPseudonym())) {
                found.add(
                        new PublicStatus(
                                e.code(),
                                PublicStatus.State.RECEIVED,
                                e.createdAt(),
                                e.draft().urgent(),
                                false));
            }
        }
        reports.find(eq("reporterPseudonym", reporterPseudonym))
                .sort(Sorts.descending(ReportDocuments.CREATED_AT))
                .limit(limit)
                .forEach(r -> found.add(ReportDocuments.publicStatus(r)));
        return found.stream().limit(limit).toList();
    }

    /**
     * Adds a follow-up text and evidence to report {@code code}; once per {@code sourceKey}. While
     * MongoDB is away the follow-up waits in the local outbox (durable when this returns).
     */
    public AppendResult append(
            String code,
            String pseudonym,
            String text,
            List<EvidenceRef> evidence,
            String sourceKey) {
        Optional<String> normalised = ReferenceCodes.normalise(code);
        if (normalised.isEmpty()) {
            return new AppendResult(code, AppendResult.Outcome.UNKNOWN_CODE);
        }
        try {
            return followUps.append(normalised.get(), pseudonym, text, evidence, sourceKey);
        } catch (MongoException e) {
            if (!MongoFailures.unavailable(e)) {
                throw e;
            }
            log.warn(
                    "MongoDB unavailable ({}): follow-up to {} queued locally",
                    e.getClass().getSimpleName(),
                    normalised.get());
            outbox.append(
                    new Outbox.FollowUp(
                            normalised.get(),
                            pseudonym,
                            text,
                            evidence == null ? List.of() : evidence,
                            sourceKey,
                            clock.instant()));
            return new AppendResult(normalised.get(), AppendResult.Outcome.QUEUED_LOCALLY);
        }
    }

    /**
     * The urgent report a new alarm or family account of {@code pseudonym} joins: the latest one
     * within the hour, not withdrawn. Empty for an unknown person, and while MongoDB is away (a
     * second report, kept by the outbox, beats no report).
     */
    public Optional<String> urgentToJoin(String pseudonym) {
        if (pseudonym == null) {
            return Optional.empty();
        }
        try {
            return recentUrgent(pseudonym, Duration.ofHours(1));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The latest urgent report {@code pseudonym} sent within {@code window}, not withdrawn. */
    public Optional<String> recentUrgent(String pseudonym, Duration window) {
        return followUps.recentUrgent(pseudonym, clock.instant().minus(window));
    }

    /** Marks an urgent report "not an emergency"; false unless {@code pseudonym} reported it. */
    public boolean withdraw(String code, String pseudonym) {
        return ReferenceCodes.normalise(code)
                .map(c -> followUps.withdraw(c, pseudonym))
                .orElse(false);
    }

    /**
     * Gives ({@code contact} set) or withdraws (null) the consent to be contacted, with an audit
     * entry; false, changing nothing, unless {@code pseudonym} is the report's reporter.
     */
    public boolean changeContact(String code, String pseudonym, ReporterContact contact) {
        Optional<String> c = ReferenceCodes.normalise(code);
        if (c.isEmpty()
                || pseudonym == null
                || !followUps.consent(c.get(), pseudonym, contact != null)) {
            return false;
        }
        if (contact == null) {
            contacts.delete(c.get());
        } else {
            contacts.save(c.get(), contact);
        }
        return true;
    }

    /** How many URGENT reports nobody has taken yet (status NEW), withdrawn ones aside. */
    public long urgentWaiting() {
        return reports.countDocuments(
                and(
                        eq(ReportDocuments.STATUS, Status.NEW.name()),
                        eq("priority", Priority.URGENT.name()),
                        ne(FollowUps.WITHDRAWN, true)));
    }

    /** Records that staff have seen what reporters added to {@code code}. */
    public void markSeen(String code) {
        ReferenceCodes.normalise(code)
                .ifPresent(
                        c ->
                                reports.updateOne(
                                        eq(ReportDocuments.CODE, c),
                                        Updates.set(ReportDocuments.NEW_INFO, false)));
    }

    /** Reports in {@code statuses}, most urgent first, then oldest first; at most {@code limit}. */
    public List<Report> list(Set<Status> statuses, int limit) {
        return reports.find(in(ReportDocuments.STATUS, statuses.stream().map(Enum::name).toList()))
                .sort(Sorts.ascending(ReportDocuments.RANK, ReportDocuments.CREATED_AT))
                .limit(limit)
                .map(ReportDocuments::toReport)
                .into(new ArrayList<>());
    }

    /** Claims the most urgent, oldest claimable report (NEW, or IN_REVIEW with expired lease). */
    public Optional<Report> claimNext(String staff, Duration lease) {
        return claims.claimNext(staff, lease);
    }

    /** {@link #claimNext(String, Duration)} with the configured lease. */
    public Optional<Report> claimNext(String staff) {
        return claimNext(staff, defaultLease);
    }

    /** Claims report {@code code} if it is NEW, its lease expired, or {@code staff} holds it. */
    public Optional<Report> claim(String code, String staff, Duration lease) {
        return ReferenceCodes.normalise(code).flatMap(c -> claims.claim(c, staff, lease));
    }

    /** {@link #claim(String, String, Duration)} with the configured lease. */
    public Optional<Report> claim(String code, String staff) {
        return claim(code, staff, defaultLease);
    }

    /**
     * Moves report {@code code} to {@code to}, with an audit entry.
     *
     * @throws InvalidTransitionException if the workflow does not allow it from the current status
     * @throws UnknownReportException if no report has that code
     */
    public Report transition(String code, Status to, String staff, String note) {
        return transition(code, to, staff, note, false);
    }

    /**
     * Moves report {@code code} to {@code to}; a report another staff member holds (unexpired
     * claim) is refused unless {@code overrideClaim} (administrators).
     *
     * @throws ClaimHeldException if another staff member holds the report
     * @throws InvalidTransitionException if the workflow does not allow it from the current status
     * @throws UnknownReportException if no report has that code
     */
    public Report transition(
            String code, Status to, String staff, String note, boolean overrideClaim) {
        String c =
                ReferenceCodes.normalise(code).orElseThrow(() -> new UnknownReportException(code));
        return transitions.transition(c, to, staff, note, defaultLease, overrideClaim);
    }

    /** How to reach the reporter of {@code code}, if they agreed to be contacted. */
    public Optional<ReporterContact> contactFor(String code) {
        return ReferenceCodes.normalise(code).flatMap(contacts::find);
    }
}
