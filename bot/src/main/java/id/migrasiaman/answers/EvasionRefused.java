package id.migrasiaman.answers;

import id.migrasiaman.conversation.ConversationMemory;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.SituationResponder;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.nlp.Analysis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A request to get past the police or the port checks ("jalur cepat yang aman dari polisi", "biar
 * sonde ketahuan di pelabuhan tenau"), or whether a passport in another name would do, from someone
 * who said he sends people (in this message or within {@link #KEPT} before): a plain refusal, that
 * it is a crime (Pasal 69 UU 18/2017, UU 21/2007: FACTS 1.6, 1.7; a false identity is a recorded
 * trafficking pattern, FACTS 6) and the legal way, a licensed P3MI (trial 15, D14: he got "Mau buat
 * laporan? Identitas Anda dilindungi" and the passport how-to). Someone asking for himself gets the
 * topics, which say why such routes are dangerous; a worker escaping an employer, going home or
 * reporting is never refused here.
 */
@Component
@Order(30)
class EvasionRefused implements SituationResponder {

    /** Getting past the police or the checks on the way out. */
    private static final Pattern EVADING =
            Pattern.compile(
                    "\\b(aman|lolos|lepas|sembunyi|menghindar\\S*|hindar\\S*|kabur|selamat)( \\S+)?"
                            + " dari (polisi|petugas|razia|pemeriksaan|imigrasi|aparat|satgas)\\b"
                            + "|\\b(sonde|son|tidak|tdk|gak|ga|nggak|ngga|ndak|jangan|jgn|tra|sa"
                            + " son)( sampai| sampe)? (ketahuan|katahuan|ketangkap|tertangkap"
                            + "|tatangkap|kena razia|diperiksa|dicek|kena cek)\\b"
                            + "|\\b(dodge|avoid|evade|get past|slip past|bypass)( the)? (police|cops"
                            + "|immigration|checks?|checkpoints?|port checks?)\\b"
                            + "|\\bwithout (getting )?(caught|noticed|checked)\\b");

    /** Where the checks are: a port, an airport, a border, the police themselves. */
    private static final Pattern CHECKPOINT =
            Pattern.compile(
                    "\\b(polisi|petugas|razia|pemeriksaan|imigrasi|aparat|satgas|pelabuhan|bandara"
                            + "|perbatasan|tenau|bolok|nunukan|batam|entikong|tarakan|kapal|jalur"
                            + "|lewat mana|police|cops|immigration|port|airport|border|checks?"
                            + "|checkpoints?|route)\\b");

    /** A person leaving a place or an employer: no refusal, whatever else the message says. */
    private static final Pattern ESCAPING =
            Pattern.compile(
                    "\\b(pulang|balik|kabur dari (majikan|rumah|tempat)|lari dari|majikan|dikurung"
                            + "|disekap|lapor\\S*|melapor\\S*|saksi|korban|go home|get home"
                            + "|escape from|my employer|locked|report\\S*|witness|victim)\\b");

    /** Sending others: "beta ada kirim orang", "sy bawa anak2 ke malaysia", "I send workers". */
    private static final Pattern SENDING =
            Pattern.compile(
                    "\\b(beta|saya|sy|aku|sa|b|kami|katong|gue|gw)( (ada|mau|mo|sering|biasa|su|sudah"
                            + "|sdh|akan|bisa|lagi|yang|yg))? (kirim|kirimkan|ngirim|mengirim|bawa"
                            + "|berangkatkan|memberangkatkan|salurkan|menyalurkan|rekrut|merekrut)"
                            + " (orang|org|anak\\S*|tki|tkw|pmi|pekerja|calon|cewek|nona|nyong)\\b"
                            + "|\\b(beta|saya|sy|aku|sa|b) (ini )?(calo|sponsor|agen|perekrut|penyalur)\\b"
                            + "|\\b(i|we) (send|bring|recruit) (people|workers|girls)\\b"
                            + "|\\bi am an? (broker|recruiter|agent)\\b");

    /** A passport, KTP or age in another person's name: forgery. */
    private static final Pattern FORGED =
            Pattern.compile(
                    "\\b(paspor|pasport|passport|ktp|identitas)( \\S+){0,2} (pake|pakai|pakei|atas|dengan"
                            + "|deng|dgn|in|under|with) (nama|name) (lain|orang( lain)?|another|someone"
                            + "|other)\\b|\\b(paspor|passport|ktp) (palsu|aspal|fake|forged)\\b");

    /** How long a conversation's "I send people" still counts for its later messages. */
    static final Duration KEPT = Duration.ofHours(2);

    private static final ConversationMemory.Fact<Boolean> SENDER =
            new ConversationMemory.Fact<>("answers.sends-people", Boolean.class, KEPT);

    private final Texts texts;
    private final Menus menus;
    private final ConversationMemory memory;

    EvasionRefused(Texts texts, Menus menus, ConversationMemory memory) {
        this.texts = texts;
        this.menus = menus;
        this.memory = memory;
    }

    @Override
    public Optional<List<Reply>> respond(Turn turn, Analysis analysis) {
        String text = analysis.text().toLowerCase(Locale.ROOT);
        String id = turn.state().id();
        boolean escaping = ESCAPING.matcher(text).find();
        // "calo di kampung sa kirim orang …, beta mau lapor": a report, not a sender speaking.
        boolean sends = SENDING.matcher(text).find() && !escaping;
        if (sends) {
            memory.put(id, SENDER, Boolean.TRUE);
        }
        boolean evading =
                EVADING.matcher(text).find() && CHECKPOINT.matcher(text).find() && !escaping;
        boolean forged = FORGED.matcher(text).find();
        boolean sender = sends || memory.has(id, SENDER);
        if (!sender || (!evading && !forged)) {
            return Optional.empty();
        }
        String lang = turn.language();
        List<String> parts = new ArrayList<>();
        parts.add(texts.get(lang, "evasion.sender"));
        if (forged) {
            parts.add(texts.get(lang, "evasion.forged"));
        }
        parts.add(texts.get(lang, "evasion.legal"));
        List<List<Reply.Button>> rows = new ArrayList<>();
        rows.add(
                List.of(
                        new Reply.Button(
                                texts.get(lang, "evasion.button"),
                                AnswerReplies.TOPIC + "licensed-agency")));
        rows.add(List.of(menus.backButton(lang)));
        return Optional.of(List.of(Reply.withButtons(String.join("\n\n", parts), rows)));
    }
}
