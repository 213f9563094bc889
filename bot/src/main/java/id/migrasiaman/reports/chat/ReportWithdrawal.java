package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.SituationResponder;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.TypedButtonAction;
import id.migrasiaman.conversation.Words;
import id.migrasiaman.conversation.flows.AppendState;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.reports.PublicStatus;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.queue.ReferenceCodes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "beta mau tarik laporan ini", "laporan bisa dihapus ko?", "how do I withdraw my report?": a sent
 * report is never deleted (a calo must not be able to make anyone take it back), and the bot says
 * so honestly instead of offering a new report or filing the question as information. The person
 * can add a note that they want it withdrawn, which the Satgas read beside the report (marked as
 * from someone else when it does not come from the reporter's own conversation).
 */
@Component
@Order(20)
class ReportWithdrawal
        implements MessageInterceptor, SituationResponder, TypedButtonAction<String> {

    private static final String PREFIX = "rw:";
    private static final int OFFERED = 3;
    private static final String VERB =
            "(di)?(tarik|tarek|hapus|cabut|batalkan|batalin|withdraw|delete|remove|cancel|take back|undo)";
    private static final Pattern ASKED =
            Pattern.compile(
                    " "
                            + VERB
                            + "( kembali| balik| saja| sa| aja| dulu)?( the| my| this| that)?"
                            + " (laporan|laporannya|report|lapor) "
                            + "| (laporan|laporannya|report|my report)"
                            + "(( ini| itu| tu| saya| sy| beta| bisa| boleh| sa| ko| can| be| i)){0,4} "
                            + VERB
                            + " | (sonde|son|ga|gak|nggak|tidak|tra|tara|tak) jadi lapor "
                            // "hapus sy pung nama", "remove my name": the reporter's name in it
                            + "| "
                            + VERB
                            + "( sy| saya| beta| sa| aku| my)( pung| punya| pu)? (nama|name) ");

    /**
     * "sy seng mau petugas hubungi sy lai", "jangan hubungi saya", "don't contact me any more": the
     * reporter takes back the consent to be contacted (trial 12, D14).
     */
    private static final String NOT =
            " (seng|sonde|son|tidak|tdk|ga|gak|nggak|tra|jangan|jgn|dont|don t|do not)"
                    + "( mau| usah| perlu| want| need)?( lagi| lai)?";

    private static final String CALL = " (hubungi|hubungin|kontak|telpon|telepon|contact|call)";
    private static final String ME = " (sy|saya|beta|sa|aku|me) ";
    private static final Pattern NO_CONTACT =
            Pattern.compile(
                    NOT
                            + " (petugas|satgas|officers?|staff|dorang)"
                            + CALL
                            + "|"
                            + NOT
                            + CALL
                            + ME);

    private final ReportQueue queue;
    private final Texts texts;
    private final Menus menus;

    ReportWithdrawal(ReportQueue queue, Texts texts, Menus menus) {
        this.queue = queue;
        this.texts = texts;
        this.menus = menus;
    }

    /** Whether {@code text} asks to withdraw or delete a report, or the reporter's name in it. */
    static boolean asked(String text) {
        return text != null && ASKED.matcher(Words.padded(text)).find();
    }

    /** Whether {@code text} asks the officers not to contact the writer. */
    static boolean noContact(String text) {
        return text != null && NO_CONTACT.matcher(Words.padded(text)).find();
    }

    /**
     * A frightened reporter's "sy takut … sy mau tarik laporan itu" carries a worry, so the safety
     * layer reads it first; with no one in danger it hands it here instead of asking "is anyone in
     * danger now?" (trial 12, D14).
     */
    @Override
    public Optional<List<Reply>> respond(Turn turn, Analysis analysis) {
        return intercept(turn);
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        boolean adding = turn.state().active() instanceof AppendState;
        if (turn.state().active() != null && !adding) {
            return Optional.empty();
        }
        if (!(turn.message().content() instanceof Content.Text text)) {
            return Optional.empty();
        }
        if (!asked(text.text())) {
            return noContact(text.text()) ? contactOffered(turn) : Optional.empty();
        }
        Set<String> codes = new LinkedHashSet<>();
        ReportFollowUp.codeIn(text.text()).ifPresent(codes::add);
        turn.state().active(AppendState.class).ifPresent(a -> codes.add(a.code()));
        String reporter = turn.message().userPseudonym();
        if (codes.isEmpty() && reporter != null) {
            queue.ofReporter(reporter, OFFERED).stream()
                    .map(PublicStatus::code)
                    .forEach(codes::add);
        }
        String lang = turn.language();
        List<List<Reply.Button>> rows = new ArrayList<>();
        for (String code : codes) {
            if (queue.publicStatus(code).isPresent()) {
                rows.add(
                        List.of(
                                new Reply.Button(
                                        texts.get(lang, "withdraw.button", code), PREFIX + code)));
            }
        }
        rows.add(List.of(menus.backButton(lang)));
        String body = texts.get(lang, "withdraw.explain");
        if (rows.size() == 1) {
            body += "\n" + texts.get(lang, "withdraw.nocode");
        }
        if (adding) {
            turn.update(turn.state().withoutFlow());
        }
        return Optional.of(List.of(Reply.withButtons(body, rows)));
    }

    /**
     * "Don't contact me any more": the reporter's own reports that may be contacted, each with the
     * button that withdraws the consent (only the reporter's own conversation sees them).
     */
    private Optional<List<Reply>> contactOffered(Turn turn) {
        String lang = turn.language();
        String reporter = turn.message().userPseudonym();
        List<List<Reply.Button>> rows = new ArrayList<>();
        if (reporter != null) {
            for (PublicStatus status : queue.ofReporter(reporter, OFFERED)) {
                if (queue.contactFor(status.code()).isPresent()) {
                    rows.add(
                            List.of(
                                    new Reply.Button(
                                            texts.get(
                                                    lang,
                                                    "withdraw.nocontact.button",
                                                    status.code()),
                                            "e:nocontact:" + status.code())));
                }
            }
        }
        String body =
                texts.get(lang, rows.isEmpty() ? "withdraw.nocontact.none" : "withdraw.nocontact");
        rows.add(List.of(menus.backButton(lang)));
        return Optional.of(List.of(Reply.withButtons(body, rows)));
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> parse(String value) {
        return ReferenceCodes.normalise(value);
    }

    @Override
    public List<Reply> pressed(Turn turn, String code) {
        String lang = turn.language();
        if (queue.publicStatus(code).isEmpty()) {
            return List.of(Reply.text(texts.get(lang, "status.unknown")));
        }
        try {
            queue.append(
                    code,
                    turn.message().userPseudonym(),
                    texts.get("id", "withdraw.note"),
                    List.of(),
                    turn.message().idempotencyKey("withdraw"));
        } catch (RuntimeException e) {
            return List.of(Reply.text(texts.get(lang, "append.failed", code)));
        }
        return List.of(
                Reply.withButtons(
                        texts.get(lang, "withdraw.done", code), menus.mainKeyboard(lang)));
    }
}
