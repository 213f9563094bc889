package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.TextAnalyser;
import id.migrasiaman.reports.EvidenceRef;
import id.migrasiaman.reports.ReportDraft;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.ReporterContact;
import id.migrasiaman.reports.SubmitResult;
import id.migrasiaman.reports.evidence.EvidenceCodec;
import id.migrasiaman.reports.evidence.EvidenceDownloads;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Turns the collected answers into a {@link ReportDraft}, submits it and tells the reporter the
 * code.
 */
@Component
class ReportSubmission {

    private final ReportQueue queue;
    private final EvidenceDownloads downloads;
    private final TextAnalyser analyser;
    private final ReportPrompts prompts;
    private final Menus menus;

    ReportSubmission(
            ReportQueue queue,
            EvidenceDownloads downloads,
            TextAnalyser analyser,
            ReportPrompts prompts,
            Menus menus) {
        this.queue = queue;
        this.downloads = downloads;
        this.analyser = analyser;
        this.prompts = prompts;
        this.menus = menus;
    }

    List<Reply> submit(Turn turn, ReportData data) {
        SubmitResult result = queue.submit(draft(turn, data, false));
        // Files still downloading join the report when they are in.
        for (String encoded : data.evidence()) {
            EvidenceCodec.pendingKey(encoded)
                    .filter(key -> downloads.stored(key).isEmpty())
                    .ifPresent(key -> downloads.attachTo(key, result.code()));
        }
        String key =
                result.outcome() == SubmitResult.Outcome.QUEUED_LOCALLY
                        ? "report.queued"
                        : "report.sent";
        String receipt = prompts.t(turn.language(), key, result.code());
        if (ChildrenSoon.applies(data)) {
            receipt += "\n\n" + prompts.t(turn.language(), "report.sent.children.soon");
        }
        return List.of(
                Reply.withButtons(receipt, List.of(List.of(menus.backButton(turn.language())))));
    }

    /** The draft for {@code data}; {@code urgent} marks an emergency. */
    ReportDraft draft(Turn turn, ReportData data, boolean urgent) {
        String allText =
                String.join("\n", data.what, data.who, data.route, data.village, data.people);
        Entities found = analyser.analyse(allText).entities();
        List<String> messages = new ArrayList<>();
        for (String answer : List.of(data.what, data.who, data.village, data.route, data.people)) {
            if (!answer.isBlank()) {
                messages.add(answer);
            }
        }
        String kecamatan =
                !data.kecamatan.isBlank()
                        ? data.kecamatan
                        : found.kecamatan().stream().findFirst().orElse(null);
        String contact = data.contact;
        return new ReportDraft(
                "report:" + data.nonce,
                turn.message().userPseudonym(),
                turn.language(),
                ReporterContact.channelOf(turn.message().replyAddress()),
                urgent,
                blankToNull(data.what),
                blankToNull(data.who),
                merge(data.phones, found.phones()),
                SocialAccounts.in(allText),
                kecamatan,
                blankToNull(data.village),
                data.lat,
                data.lon,
                blankToNull(data.when),
                merge(data.destinations, found.destinations()),
                merge(data.transits, found.transits()),
                blankToNull(data.route),
                victims(data.victims),
                minors(data.minors),
                evidence(data),
                messages,
                contact.isBlank() ? null : ReporterContact.of(contact));
    }

    /** The files already in; those still downloading are attached after the submit. */
    private List<EvidenceRef> evidence(ReportData data) {
        List<EvidenceRef> refs = new ArrayList<>();
        for (String encoded : data.evidence()) {
            Optional<String> pending = EvidenceCodec.pendingKey(encoded);
            if (pending.isEmpty()) {
                refs.add(EvidenceCodec.decode(encoded));
            } else {
                downloads.stored(pending.get()).ifPresent(refs::add);
            }
        }
        return refs;
    }

    /** "2-5" counts as three: several people, which raises the priority. */
    private static Integer victims(String value) {
        return switch (value) {
            case "1" -> 1;
            case "2-5" -> 3;
            case "6+" -> 6;
            default -> null;
        };
    }

    private static Boolean minors(String value) {
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }

    private static List<String> merge(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
