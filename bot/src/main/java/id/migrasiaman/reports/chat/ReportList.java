package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.CommandAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.reports.PublicStatus;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.system.Wita;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code /laporan}: the person's own report codes with their coarse status, newest first, so a code
 * message that never arrived (or was deleted) does not lose a report.
 */
@Component
class ReportList implements CommandAction {

    private static final int SHOWN = 10;
    private static final DateTimeFormatter DATE = Wita.format("d MMM yyyy");

    private final ReportQueue queue;
    private final Texts texts;
    private final Menus menus;

    ReportList(ReportQueue queue, Texts texts, Menus menus) {
        this.queue = queue;
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public Set<String> commands() {
        return Set.of("laporan", "reports");
    }

    @Override
    public List<Reply> run(Turn turn, Content.Command command) {
        return listFor(turn);
    }

    /** Whether the person of {@code turn} has made at least one report from this account. */
    boolean hasReports(Turn turn) {
        String reporter = turn.message().userPseudonym();
        return reporter != null && !queue.ofReporter(reporter, 1).isEmpty();
    }

    /** The person's own reports with their coarse status, or how to make one. */
    List<Reply> listFor(Turn turn) {
        String language = turn.language();
        String reporter = turn.message().userPseudonym();
        List<PublicStatus> mine = reporter == null ? List.of() : queue.ofReporter(reporter, SHOWN);
        if (mine.isEmpty()) {
            return List.of(
                    Reply.withButtons(
                            texts.get(language, "reports.none"),
                            List.of(List.of(menus.backButton(language)))));
        }
        StringBuilder text = new StringBuilder(texts.get(language, "reports.title"));
        for (PublicStatus s : mine) {
            text.append('\n')
                    .append(
                            texts.get(
                                    language,
                                    "reports.item",
                                    s.code(),
                                    marked(texts, language, s)
                                            + texts.get(language, "status." + s.state()),
                                    DATE.format(s.lastUpdate())));
        }
        text.append("\n\n").append(texts.get(language, "reports.hint"));
        return List.of(
                Reply.withButtons(text.toString(), List.of(List.of(menus.backButton(language)))));
    }

    /** "🚨 Darurat · " before an emergency report's state, "↩️ Bukan darurat (ditarik) · ". */
    static String marked(Texts texts, String language, PublicStatus s) {
        if (!s.urgent()) {
            return "";
        }
        return texts.get(language, s.withdrawn() ? "status.withdrawn" : "status.urgent") + " ";
    }

    /** The line under a report's status that says it is (or was) an emergency; empty if not. */
    static String kind(Texts texts, String language, PublicStatus s) {
        if (!s.urgent()) {
            return "";
        }
        return "\n"
                + texts.get(
                        language, s.withdrawn() ? "status.kind.withdrawn" : "status.kind.urgent");
    }
}
