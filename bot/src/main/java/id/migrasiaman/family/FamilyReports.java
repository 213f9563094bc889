package id.migrasiaman.family;

import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.FamilyState;
import id.migrasiaman.conversation.flows.FamilyStep;
import id.migrasiaman.nlp.TextAnalyser;
import id.migrasiaman.reports.EvidenceRef;
import id.migrasiaman.reports.PendingFiles;
import id.migrasiaman.reports.ReportDraft;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.ReporterContact;
import id.migrasiaman.reports.SubmitResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A family's case as a report in the Satgas queue: URGENT at once when someone is in danger now
 * (later answers are appended to it), otherwise a normal report once the family sends it. The
 * employer or agency stays in the text: it is not a broker to put in the broker registry.
 */
@Component
class FamilyReports {

    private static final String TAG = "[Keluarga di luar negeri] ";

    /** How far back an urgent report of the same person is the same incident. */
    private final ReportQueue queue;

    private final PendingFiles files;
    private final TextAnalyser analyser;

    FamilyReports(ReportQueue queue, PendingFiles files, TextAnalyser analyser) {
        this.queue = queue;
        this.files = files;
        this.analyser = analyser;
    }

    /** Submits the URGENT report with what is known so far; returns its code. */
    SubmitResult urgent(Turn turn, FamilyState data) {
        return queue.submit(draft(turn, data, true, List.of(), null));
    }

    /**
     * The urgent report this person raised within the hour (an alarm that interrupted this flow),
     * to join rather than to raise a second one for the same incident.
     */
    Optional<String> recentUrgent(Turn turn) {
        return queue.urgentToJoin(turn.message().userPseudonym());
    }

    /**
     * The family's account so far (their words, the answers given) added to report {@code code}.
     */
    void addAccount(Turn turn, String code, FamilyState data) {
        List<String> told = new ArrayList<>();
        if (!data.story().isBlank()) {
            told.add(TAG + data.story().strip());
        }
        for (FamilyStep step : FamilyStep.values()) {
            if (step != FamilyStep.PROBLEM && step.asksText() && !data.answer(step).isBlank()) {
                told.add(labelled(step, data.answer(step)));
            }
        }
        if (!told.isEmpty()) {
            add(turn, code, String.join("\n", told), List.of());
        }
    }

    /** The first message of report {@code code} (what the alarm said), empty when unknown. */
    String firstText(String code) {
        try {
            return queue.find(code).stream()
                    .flatMap(r -> r.messages().stream())
                    .map(m -> m.text() == null ? "" : m.text())
                    .findFirst()
                    .orElse("");
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** Submits the finished normal report, with the files and the contact if allowed. */
    SubmitResult normal(Turn turn, FamilyState data, String contactAddress) {
        List<EvidenceRef> stored = files.storeAll(turn, data.files());
        ReporterContact contact =
                contactAddress == null || contactAddress.isBlank()
                        ? null
                        : ReporterContact.of(contactAddress);
        return queue.submit(draft(turn, data, false, stored, contact));
    }

    /** Adds an answer (labelled with its question) and files to the urgent report {@code code}. */
    void add(Turn turn, String code, String text, List<EvidenceRef> evidence) {
        queue.append(
                code,
                turn.message().userPseudonym(),
                text,
                evidence,
                turn.message().idempotencyKey("family-add"));
    }

    void allowContact(Turn turn, String code, String address) {
        if (address != null) {
            queue.changeContact(code, turn.message().userPseudonym(), ReporterContact.of(address));
        }
    }

    /** How a typed answer reads in the report, e.g. {@code Nama (paspor): Maria}. */
    static String labelled(FamilyStep step, String text) {
        String label =
                switch (step) {
                    case PROBLEM -> "Masalah";
                    case NAME -> "Nama (paspor)";
                    case PLACE -> "Negara/kota";
                    case EMPLOYER -> "Majikan/agensi";
                    case LAST -> "Kabar terakhir";
                    default -> "Info";
                };
        return label + ": " + text.strip();
    }

    private ReportDraft draft(
            Turn turn,
            FamilyState data,
            boolean urgent,
            List<EvidenceRef> evidence,
            ReporterContact contact) {
        List<String> lines = new ArrayList<>();
        lines.add(TAG + data.story().strip());
        for (FamilyStep step : List.of(FamilyStep.NAME, FamilyStep.PLACE, FamilyStep.EMPLOYER)) {
            String answer = data.answer(step);
            if (!answer.isBlank()) {
                lines.add(labelled(step, answer));
            }
        }
        String what = String.join("\n", lines);
        return ReportDraft.builder(
                        (urgent ? "family-urgent:" : "family:") + data.nonce(),
                        ReporterContact.channelOf(turn.message().replyAddress()))
                .reporter(turn.message().userPseudonym(), turn.language())
                .urgent(urgent)
                .what(what, data.last().isEmpty() ? null : data.last())
                .route(destinations(data), List.of(), null)
                .evidence(evidence)
                .messages(List.of(what))
                .contact(contact)
                .build();
    }

    private List<String> destinations(FamilyState data) {
        Set<String> found = new LinkedHashSet<>(data.destinations());
        String place = data.place();
        if (!place.isBlank()) {
            found.addAll(analyser.analyse(place).entities().destinations());
        }
        return List.copyOf(found);
    }
}
