package id.migrasiaman.conversation;

import id.migrasiaman.conversation.flows.Recall;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Who is offered to keep their words as a story: someone telling what happened to them, in the
 * past. The intent model also reads a person introducing themselves ("saya bapak dari Amarasi", "I
 * run a small restaurant in Kota Kinabalu"), a plan or an offer told now ("anak saya umur 16 mau
 * dibawa ke bali dulu lalu ke malaysia, berangkat sabtu") or a reply to an offer just checked
 * ("tapi gaji besar bro, beta butuh doi") as a story, and "Terima kasih sudah bercerita" then tells
 * them the bot did not listen (trial 13, D7, D14, D35, D45). Those go where their words belong: the
 * offer check (with what the conversation already told), the question answer, or a greeting that
 * invites them to say what they need; a polite self-introduction the model calls out of scope
 * ("Selamat siang, saya kepala desa di Kupang Timur", D17) is greeted the same way.
 */
@Component
class StoryOffer {

    /** Words of something that happened and is over. */
    private static final Pattern PAST =
            Pattern.compile(
                    "\\b(dulu|dlu|dolo|doloe|waktu itu|wkt itu|pernah|prnh|tahun lalu|thn lalu|taun"
                            + " lalu|bulan lalu|bln lalu|minggu lalu|kemarin|kemaren|kmrn|tadi"
                            + "|(sudah|udah|sdh|su|sempat) (pulang|kembali|balik)|pulang dari|kabur"
                            + "|dipulangkan|dideportasi|deportasi|ditangkap|akhirnya|setelah itu"
                            + "|ketika|sewaktu|waktu (saya|sy|aku|beta|sa) (di|kerja|karja)"
                            + "|\\d+ (tahun|thn|taun|bulan|bln) (yang |yg )?lalu"
                            + "|was|were|had|ago|last year|used to|returned|came back|came home"
                            + "|when i (was|worked|went))\\b");

    /** Words of now or of a plan: a situation or an offer, not a story told. */
    private static final Pattern NOW =
            Pattern.compile(
                    "\\b(mau|akan|nanti|besok|lusa|minggu depan|bulan depan|sabtu|minggu ini"
                            + "|sedang|lagi di|sekarang|skrg|skrang|skg|butuh|perlu|ingin|pengen"
                            + "|pingin|want|wants|will|going to|currently|now|need|needs|hire"
                            + "|hiring)\\b");

    /** "Saya bapak dari Amarasi", "saya kepala desa di …", "I run a restaurant", "my name is …". */
    private static final Pattern INTRODUCTION =
            Pattern.compile(
                    "\\b(saya|sy|aku|beta|sa|kami)( ini)?( adalah| seorang)? (bapak|bapa|ibu|mama"
                            + "|mace|pace|om|tante|kakak|kepala desa|kades|lurah|camat|guru|pendeta"
                            + "|pastor|wartawan|jurnalis|relawan|petugas|ketua|majikan|pemilik"
                            + "|mahasiswa|mahasiswi|pelajar|orang tua|perawat|bidan"
                            // "sa tukang ojek di oesao" (trial 16, D9): a trade or a job at home
                            + "|tukang( \\w+)?|ojek|sopir|supir|driver|petani|nelayan|peternak"
                            + "|pedagang|penjual|karyawan|karyawati|pegawai|buruh|pns|asn|dokter"
                            + "|mantri|kader|tokoh (agama|masyarakat|adat)|pengusaha|ibu rumah tangga"
                            + "|irt|penjahit|montir|satpam|pendamping|aktivis)\\b"
                            + "|\\bnama (saya|sy|aku|beta|sa)\\b|\\bperkenalkan\\b"
                            + "|\\b(i|we) (run|own|manage)\\b|\\bi('| a)m an? \\w+"
                            + "|\\bmy name is\\b|\\bi work (as|for|at|in)\\b"
                            + "|\\b(saya|sy|aku|beta|sa) (kerja|karja|bekerja|tinggal) di\\b");

    /** Words of an offer or a plan to go: checked as an offer, with the conversation's facts. */
    private static final Pattern OFFER =
            Pattern.compile(
                    "\\b(kerja|karja|bekerja|lowongan|loker|tawaran|tawarin|gaji|doi|uang|duit"
                            + "|berangkat|barangkat|dibawa|bawa|diajak|ajak|job|salary|pay|money)\\b");

    /**
     * Words of the work itself, told now: the contract, the days off, the employer ("trus libur sy
     * cuma 1x sebulan, kontrak bilang tiap minggu", trial 17 D12). A situation with them is asked
     * about, never a self-introduction.
     */
    private static final Pattern WORK_TERMS =
            Pattern.compile(
                    "\\b(kontrak|kontraknya|perjanjian kerja|libur|liburnya|cuti|istirahat|lembur"
                            + "|jam kerja|majikan|majikanku|agen|agency|agensi|paspor|potong|dipotong"
                            + "|contract|day off|days off|rest day|leave|overtime|employer)\\b");

    /** The longest message read as a self-introduction rather than as something told. */
    private static final int INTRODUCTION_WORDS = 20;

    private final Texts texts;
    private final Menus menus;
    private final Clock clock;

    StoryOffer(Texts texts, Menus menus, Clock clock) {
        this.texts = texts;
        this.menus = menus;
        this.clock = clock;
    }

    /**
     * The intent whose responder answers {@code analysis} instead of its own, or its own: only a
     * story told of the past keeps {@link Intent#EXPERIENCE_SHARE}; {@link Intent#GREETING} stands
     * for a self-introduction ({@link #introduced}).
     */
    Intent reading(Turn turn, Analysis analysis) {
        Intent intent = analysis.intent();
        String text = analysis.text().toLowerCase(Locale.ROOT);
        boolean introduces = introduction(text);
        if (intent == Intent.OUT_OF_SCOPE) {
            return introduces ? Intent.GREETING : intent;
        }
        boolean past = PAST.matcher(text).find();
        boolean now = NOW.matcher(text).find();
        if (intent != Intent.EXPERIENCE_SHARE || past && !now) {
            return intent;
        }
        if (offerJustChecked(turn)) {
            return Intent.OFFER_CHECK;
        }
        if (introduces && !now) {
            return Intent.GREETING;
        }
        boolean facts =
                !analysis.entities().destinations().isEmpty()
                        || !analysis.flags().isEmpty()
                        || !analysis.entities().amounts().isEmpty()
                        || OFFER.matcher(text).find()
                        || WORK_TERMS.matcher(text).find();
        if (now && facts && !past) {
            // A plan or an offer told now ("mau dibawa … berangkat sabtu"): checked as an offer,
            // with what the conversation told before.
            return Intent.OFFER_CHECK;
        }
        if (past) {
            // Then and now told together ("dulu lewat calo, sekarang mau …"): a story, as before.
            return intent;
        }
        if (Questions.isQuestion(analysis.text()) || facts || now) {
            // A situation told now ("agency potong gaji aku tiap bulan"): its topic's answer.
            return Intent.PROCEDURE_QUESTION;
        }
        return Intent.GREETING;
    }

    /** The greeting to a person who introduced themselves: welcome, and what the bot can do. */
    List<Reply> introduced(String language) {
        return List.of(
                Reply.withButtons(
                        texts.get(language, "greeting.introduced"), menus.mainKeyboard(language)));
    }

    /** Whether {@code lower} introduces its writer and asks nothing yet. */
    static boolean introduction(String lower) {
        return Questions.words(lower) <= INTRODUCTION_WORDS
                && !Questions.isQuestion(lower)
                && INTRODUCTION.matcher(lower).find();
    }

    private boolean offerJustChecked(Turn turn) {
        Recall recall = turn.state().recall();
        return recall != null
                && recall.kind() == Recall.Kind.OFFER
                && recall.freshAt(clock.instant());
    }
}
