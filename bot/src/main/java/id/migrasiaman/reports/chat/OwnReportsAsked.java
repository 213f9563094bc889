package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.reports.PublicStatus;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * A reporter who comes back and asks, in her own words, what became of her report ("laporan sa su
 * sampe mana?", "beta lupa kode nya", "any news on my report?") gets her own reports with their
 * status, as {@code /laporan} shows them, instead of the "how to report a calo" card or a new
 * report whose first answer is her question (trial 15, D4 and D11). "Minggu lalu beta su lapor calo
 * di sini" counts too, but only from someone who has made a report here: anyone else who says they
 * already reported (to the police, say) is not told about reports they never made.
 *
 * <p>It runs after the safety check (danger in the same message is handled first) and before the
 * active flow, which it leaves as it was: a report being written stays open.
 */
@Component
class OwnReportsAsked implements MessageInterceptor, Ordered {

    private static final String REPORT = "(laporan|laporn|lpran|pengaduan|aduan|report|complaint)";

    /** Whose: the writer's own ("laporan saya", "beta pung laporan", "my report"). */
    private static final String MINE =
            "(saya|sy|aku|ak|aq|ku|gw|gue|gua|beta|sa|kami|kita|my|our|yang kemarin|yg kemarin"
                    + "|yang dulu|yg dulu|minggu lalu|kemarin|tadi|last week|yesterday)";

    /** How far it has got. */
    private static final String PROGRESS =
            "(sampai mana|sampe mana|smpe mana|sampai dimana|sampe di mana|sampai di mana"
                    + "|bagaimana kabar|gimana kabar|apa kabar|ada kabar|ada balasan|ada tanggapan"
                    + "|sudah diproses|udah diproses|su diproses|sdh diproses|diproses ka?h?"
                    + "|ditindaklanjuti|ditindak lanjuti|tindak lanjut|sudah dibaca|su baca|sudah dicek"
                    + "|su cek|status|perkembangan|progress|update|any news|heard back|what happened"
                    + "|where is it|is it being|being handled|been read"
                    + "|(sudah|sdh|udah|udh|su|sampai|sampe) (masuk|terkirim)|masuk atau belum"
                    + "|masuk belum|terkirim|was it sent|went through|got through)";

    private static final Pattern A_REPORT = Pattern.compile("(?U)\\b" + REPORT + "\\b");
    private static final Pattern OWN = Pattern.compile("(?U)\\b" + MINE + "\\b");
    private static final Pattern HOW_FAR = Pattern.compile("(?U)\\b" + PROGRESS + "\\b");

    /** The code is lost: "lupa kode nya", "kode laporan hilang", "forgot my code". */
    private static final Pattern FORGOT_CODE =
            Pattern.compile(
                    "(?U)\\b(lupa|lupa2|hilang|ilang|forgot|forget|lost)\\b.*\\b(kode|kodenya"
                            + "|code|nomor laporan|no laporan)\\b|\\b(kode|kodenya|code)\\b.*\\b(lupa"
                            + "|hilang|ilang|lost|forgot)\\b");

    /** "Sudah lapor", "su lapor", "I already reported": about a report already made. */
    private static final Pattern ALREADY_REPORTED =
            Pattern.compile(
                    "(?U)\\b(sudah|sdh|udah|udh|uda|su|telah|pernah|already|have|i've|ive)"
                            + " (lapor|melapor|laporkan|melaporkan|bikin laporan|buat laporan"
                            + "|kirim laporan|reported|made a report|filed a report|sent a report)\\b");

    /** A what-if: "kalau saya sudah lapor, calo tahu?" asks what follows, not for the reports. */
    private static final Pattern WHAT_IF =
            Pattern.compile(
                    "(?U)\\b(kalau|kalo|klo|kl|jika|jikalau|bila|if|nanti|apakah|would|will)\\b");

    /** A report elsewhere: the police's, not this bot's. */
    private static final Pattern ELSEWHERE =
            Pattern.compile("(?U)\\b(polisi|police|polres|polsek|polda|kantor|bp3mi|kbri|kjri)\\b");

    /** Adding to it: "sy mau tambah foto ke laporan yg tadi", "can I add a photo to my report". */
    private static final Pattern ADD =
            Pattern.compile(
                    "(?U)\\b(tambah\\w*|nambah\\w*|kirim|kasi\\s+masuk|masukkan|masukin|lampirkan|add"
                            + "|attach|upload)\\b.{0,40}\\b(foto|gambar|bukti|info|keterangan|screenshot|ss"
                            + "|photo|photos|picture|evidence|dokumen|document|rekaman|video)\\b");

    /** Seeing what was written: "sy mau lihat isi laporan sy", "show me what I wrote". */
    private static final Pattern VIEW =
            Pattern.compile(
                    "(?U)\\b(lihat|liat|see|show|view|baca|read)\\b.{0,40}\\b(isi|isinya|tulis|ditulis"
                            + "|wrote|written|content)\\b|\\b(isi|content)\\b.{0,20}\\b(laporan|report)\\b");

    private final ReportList reports;
    private final ReportFlow flow;
    private final ReportFollowUp followUp;
    private final ReportQueue queue;
    private final Texts texts;

    OwnReportsAsked(
            ReportList reports,
            ReportFlow flow,
            ReportFollowUp followUp,
            ReportQueue queue,
            Texts texts) {
        this.reports = reports;
        this.flow = flow;
        this.followUp = followUp;
        this.queue = queue;
        this.texts = texts;
    }

    @Override
    public int getOrder() {
        // Before the phone-number questions (46) and the follow-ups (50).
        return 45;
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        if (!(turn.message().content() instanceof Content.Text typed)) {
            return Optional.empty();
        }
        Optional<List<Reply>> own = aboutOwnReport(turn, typed.text());
        if (own.isPresent()) {
            return own;
        }
        Asked asked = asked(typed.text());
        boolean draft =
                ReportState.heldIn(turn.state().active()).filter(ReportState::answered).isPresent();
        if (asked == Asked.NOT || (asked == Asked.MAYBE && !reports.hasReports(turn) && !draft)) {
            return Optional.empty();
        }
        if (!draft) {
            return Optional.of(reports.listFor(turn));
        }
        // "laporan yg tadi sdh masuk? sy belum tekan kirim": it has not been sent; it goes on
        // from its last question, after the reports already sent, if any (trial 18, D13).
        List<Reply> out = new ArrayList<>();
        if (reports.hasReports(turn)) {
            out.addAll(reports.listFor(turn));
        }
        out.addAll(flow.heldBy(turn, new Content.Command("lapor", "")).orElseThrow());
        return Optional.of(out);
    }

    /**
     * A reporter's question about her own report, in her words (trial 18, D29): adding a photo or
     * more information starts {@code /tambah} for her latest report; seeing what she wrote shows
     * it. Never while a report is being written (its own steps take photos and text).
     */
    private Optional<List<Reply>> aboutOwnReport(Turn turn, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean add = ADD.matcher(lower).find();
        boolean view = VIEW.matcher(lower).find();
        String reporter = turn.message().userPseudonym();
        if (!(add || view)
                || !A_REPORT.matcher(lower).find()
                || turn.state().active() != null
                || reporter == null) {
            return Optional.empty();
        }
        List<PublicStatus> latest = queue.ofReporter(reporter, 1);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        String code = latest.get(0).code();
        if (add) {
            return Optional.of(followUp.run(turn, new Content.Command("tambah", code)));
        }
        List<Reply> out = new ArrayList<>();
        queue.find(code).ifPresent(r -> out.add(Reply.text(written(turn.language(), r))));
        out.addAll(reports.listFor(turn));
        return Optional.of(out);
    }

    /** What the reporter wrote in {@code report}: its story, the recruiter, place and route. */
    private String written(String lang, Report report) {
        Report.Facts f = report.facts();
        StringBuilder body = new StringBuilder(texts.get(lang, "reports.written", report.code()));
        line(body, texts.get(lang, "reports.written.what"), f.what());
        line(body, texts.get(lang, "reports.written.who"), f.who());
        line(body, texts.get(lang, "reports.written.where"), f.village());
        line(body, texts.get(lang, "reports.written.route"), f.route());
        return body.toString();
    }

    private static void line(StringBuilder body, String label, String value) {
        if (value != null && !value.isBlank()) {
            body.append("\n• ").append(label).append(": ").append(Html.escape(value));
        }
    }

    /** How surely a text asks about the writer's own reports. */
    enum Asked {
        NOT,
        /** Only from someone who has made a report here. */
        MAYBE,
        SURELY
    }

    static Asked asked(String text) {
        String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " ";
        boolean elsewhere = ELSEWHERE.matcher(lower).find();
        if (A_REPORT.matcher(lower).find()
                && HOW_FAR.matcher(lower).find()
                && OWN.matcher(lower).find()) {
            return elsewhere ? Asked.MAYBE : Asked.SURELY;
        }
        if (FORGOT_CODE.matcher(lower).find()) {
            // "lupa kode pin hp" is another code: only a reporter's, or a report's by name.
            return lower.matches("(?s).*\\b" + REPORT + "\\b.*") && !elsewhere
                    ? Asked.SURELY
                    : Asked.MAYBE;
        }
        if (ALREADY_REPORTED.matcher(lower).find()
                && !elsewhere
                && !WHAT_IF.matcher(lower).find()) {
            return Asked.MAYBE;
        }
        return Asked.NOT;
    }
}
