package id.migrasiaman.console;

import id.migrasiaman.reports.BrokerDirectory;
import id.migrasiaman.reports.ClaimHeldException;
import id.migrasiaman.reports.EvidenceRef;
import id.migrasiaman.reports.EvidenceStore;
import id.migrasiaman.reports.InvalidTransitionException;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.ReporterMessages;
import id.migrasiaman.reports.Status;
import id.migrasiaman.reports.UnknownReportException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task force's queue: reports by group (open, forwarded, closed), most urgent and oldest first;
 * a report's facts, messages, evidence and audit trail; claiming, moving it through the workflow
 * with a note, and writing to a reporter who agreed to be contacted. Every action is recorded under
 * the signed-in user's name.
 */
@Controller
class QueueController {

    static final int PAGE = 200;
    static final int EXPORT_LIMIT = 100_000;

    /** The queue's tabs. */
    enum Group {
        OPEN(EnumSet.of(Status.NEW, Status.IN_REVIEW, Status.NEEDS_INFO)),
        FORWARDED(EnumSet.of(Status.FORWARDED_POLICE, Status.FORWARDED_BP3MI)),
        CLOSED(EnumSet.of(Status.CLOSED_ACTION_TAKEN, Status.DISMISSED));

        final Set<Status> statuses;

        Group(Set<Status> statuses) {
            this.statuses = statuses;
        }

        static Group of(String name) {
            return Arrays.stream(values())
                    .filter(g -> g.name().equalsIgnoreCase(name))
                    .findFirst()
                    .orElse(OPEN);
        }
    }

    private final ReportQueue queue;
    private final ReporterMessages messages;
    private final EvidenceStore evidence;
    private final BrokerDirectory brokers;
    private final Duration refreshInterval;

    QueueController(
            ReportQueue queue,
            ReporterMessages messages,
            EvidenceStore evidence,
            BrokerDirectory brokers,
            ConsoleSettings settings) {
        this.queue = queue;
        this.messages = messages;
        this.evidence = evidence;
        this.brokers = brokers;
        this.refreshInterval = settings.refreshInterval();
    }

    @GetMapping("/console")
    String queue(@RequestParam(defaultValue = "open") String group, Model model) {
        rows(group, model);
        model.addAttribute("refreshSeconds", refreshInterval.toSeconds());
        return "console/queue";
    }

    /**
     * The queue's rows and the emergency banner alone, fetched by the open page every {@link
     * ConsoleSettings#refreshInterval()}; not an action of the user, so it does not keep an idle
     * session alive ({@link IdleTimeoutFilter}).
     */
    @GetMapping(IdleTimeoutFilter.LIVE + "queue")
    String live(@RequestParam(defaultValue = "open") String group, Model model) {
        rows(group, model);
        return "console/queue :: rows";
    }

    private void rows(String group, Model model) {
        Group g = Group.of(group);
        model.addAttribute("group", g.name());
        model.addAttribute("reports", queue.list(g.statuses, PAGE));
    }

    @GetMapping("/console/brokers")
    String brokers(Model model) {
        model.addAttribute("brokers", brokers.mostReported(PAGE));
        return "console/brokers";
    }

    /** Every report (all statuses), anonymous columns only; see {@link ReportCsv}. */
    @GetMapping("/console/export/reports.csv")
    void export(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("laporan-migrasi-aman.csv")
                        .build()
                        .toString());
        ReportCsv.write(
                queue.list(EnumSet.allOf(Status.class), EXPORT_LIMIT),
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    @PostMapping("/console/claim-next")
    String claimNext(Principal staff, RedirectAttributes flash) {
        Optional<Report> next = queue.claimNext(staff.getName());
        if (next.isEmpty()) {
            flash.addFlashAttribute("notice", "Tidak ada laporan yang menunggu.");
            return "redirect:/console";
        }
        return "redirect:/console/reports/" + next.get().code();
    }

    @GetMapping("/console/reports/{code}")
    String report(@PathVariable String code, Model model) {
        Report report = queue.find(code).orElseThrow(() -> new UnknownReportException(code));
        model.addAttribute("report", report);
        model.addAttribute(
                "nextStatuses",
                Arrays.stream(Status.values()).filter(report.status()::canMoveTo).toList());
        model.addAttribute("contactable", queue.contactFor(report.code()).isPresent());
        model.addAttribute(
                "broker",
                report.brokerId() == null ? Optional.empty() : brokers.find(report.brokerId()));
        if (report.newInfo()) {
            queue.markSeen(report.code());
        }
        return "console/report";
    }

    @PostMapping("/console/reports/{code}/claim")
    String claim(@PathVariable String code, Principal staff, RedirectAttributes flash) {
        if (queue.claim(code, staff.getName()).isEmpty()) {
            flash.addFlashAttribute("notice", "Laporan ini sedang dipegang petugas lain.");
        } else {
            flash.addFlashAttribute("notice", "Laporan diambil.");
        }
        return "redirect:/console/reports/" + code;
    }

    @PostMapping("/console/reports/{code}/status")
    String transition(
            @PathVariable String code,
            @RequestParam Status to,
            @RequestParam(defaultValue = "") String note,
            Authentication staff,
            RedirectAttributes flash) {
        try {
            queue.transition(
                    code,
                    to,
                    staff.getName(),
                    note.isBlank() ? null : note.strip(),
                    ConsoleModel.isAdmin(staff));
            flash.addFlashAttribute("notice", "Status diubah ke " + to + ".");
        } catch (ClaimHeldException e) {
            flash.addFlashAttribute(
                    "notice",
                    "Status tidak diubah: laporan ini sedang dipegang "
                            + e.holder()
                            + ". Hanya pemegang atau admin yang boleh memindahkannya.");
        } catch (InvalidTransitionException e) {
            flash.addFlashAttribute(
                    "notice", "Perubahan status tidak diizinkan: " + e.getMessage());
        }
        return "redirect:/console/reports/" + code;
    }

    @PostMapping("/console/reports/{code}/message")
    String message(
            @PathVariable String code,
            @RequestParam String text,
            Principal staff,
            RedirectAttributes flash) {
        if (text.isBlank()) {
            return "redirect:/console/reports/" + code;
        }
        ReporterMessages.Outcome outcome = messages.send(code, staff.getName(), text.strip());
        flash.addFlashAttribute(
                "notice",
                Map.of(
                                ReporterMessages.Outcome.SENT, "Pesan terkirim ke pelapor.",
                                ReporterMessages.Outcome.NO_CONSENT,
                                        "Pelapor tidak setuju dihubungi.",
                                ReporterMessages.Outcome.CHANNEL_UNAVAILABLE,
                                        "Saluran pelapor tidak tersedia.",
                                ReporterMessages.Outcome.FAILED,
                                        "Pesan gagal dikirim; coba lagi nanti.")
                        .get(outcome));
        return "redirect:/console/reports/" + code;
    }

    /** An evidence file of {@code code}, as a download (never shown inline). */
    @GetMapping("/console/reports/{code}/evidence/{id}")
    ResponseEntity<InputStreamResource> evidence(
            @PathVariable String code, @PathVariable String id) {
        Report report = queue.find(code).orElseThrow(() -> new UnknownReportException(code));
        List<EvidenceRef> refs = report.evidence().stream().filter(e -> e.id().equals(id)).toList();
        Optional<InputStream> data = refs.isEmpty() ? Optional.empty() : evidence.open(id);
        if (data.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        EvidenceRef ref = refs.get(0);
        return ResponseEntity.ok()
                .contentType(mediaType(ref.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(report.code() + "-" + id + extension(ref))
                                .build()
                                .toString())
                .body(new InputStreamResource(data.get()));
    }

    @ExceptionHandler(UnknownReportException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown(Model model) {
        model.addAttribute("notice", "Laporan tidak ditemukan.");
        return "console/not-found";
    }

    private static MediaType mediaType(String contentType) {
        try {
            return contentType == null
                    ? MediaType.APPLICATION_OCTET_STREAM
                    : MediaType.parseMediaType(contentType);
        } catch (RuntimeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private static String extension(EvidenceRef ref) {
        String type = ref.contentType() == null ? "" : ref.contentType();
        return switch (type) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "application/pdf" -> ".pdf";
            case "audio/ogg" -> ".ogg";
            case "video/mp4" -> ".mp4";
            default -> "";
        };
    }
}
