package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * After an alarm, questions about how to reach help ("I cannot call, can I only send a message?",
 * "which one first?", "when will someone reply?") are answered from the emergency's own facts: the
 * country's first number in content/hotlines.yml's order (in Indonesia the police, 110) or its
 * mission's WhatsApp/SMS line (else KP2MI's WhatsApp), and that Satgas staff were told and answer
 * in this chat. Never the off-topic refusal.
 */
final class ReachingHelp {

    /** Writing instead of calling, or no credit to call. */
    private static final Pattern MESSAGE =
            Pattern.compile(
                    " (cannot call|can t call|cant call|can not call|not call|send a message"
                            + "|only message|only text|text message|message|sms|whatsapp|wa|chat"
                            + "|(tidak|tdk|tak|ga|gak|nggak|g|sonde|son|tra|trada|blm|belum) bisa"
                            + " (telpon|telepon|nelpon|menelpon|menelepon|tlp|call)"
                            + "|pulsa|kirim pesan|pesan saja|pesan sa|lewat pesan) ");

    /** Which number first, which is fastest. */
    private static final Pattern FIRST =
            Pattern.compile(
                    " (which one|which number|fastest|quickest|first|mana dulu|yang mana dulu"
                            + "|nomor yang mana|nomor mana|paling cepat|duluan|lebih dulu|lebih"
                            + " cepat|siapa dulu|sapa dulu|spa dulu|who first|call who first"
                            + "|who do i call|who should i call) ");

    /** Who answers, and when. */
    private static final Pattern REPLY =
            Pattern.compile(
                    " (reply|replies|respond|answer me|get back to me|someone come|anyone come"
                            + "|kapan dibalas|kapan balas|siapa yang balas|kapan petugas|kapan ada"
                            + "|ada yang balas|dibalas|dong balas|dorang balas|petugas balas"
                            + "|kapan datang|ada yang datang|bisa datang|datang ko|datang kah"
                            + "|datang tidak|mau datang|akan datang|datang jemput|bisa jemput"
                            + "|come here|come get|come and get|send someone|someone coming) ");

    private ReachingHelp() {}

    /** Whether {@code text} asks how to reach help: by message, which first, who replies. */
    static boolean asks(String text) {
        String words = Words.padded(text);
        return MESSAGE.matcher(words).find()
                || FIRST.matcher(words).find()
                || REPLY.matcher(words).find();
    }

    /**
     * The answer, with the emergency's country ({@code null}: unknown) and code; {@code fromHome}
     * when the writer is in Indonesia and the person in danger abroad.
     */
    static Reply answer(
            EmergencyReplies replies,
            String lang,
            String text,
            String country,
            String code,
            boolean fromHome) {
        boolean writing = MESSAGE.matcher(Words.padded(text)).find();
        String[] blocks = replies.hotlinesHtml(lang, country).split("\n\n");
        String call = null;
        String message = null;
        String anywhere = null;
        String there = null;
        boolean own = true;
        for (int i = 1; i < blocks.length; i++) {
            String line = blocks[i].lines().findFirst().orElse("");
            if (!blocks[i].startsWith("• ")) {
                // "Dari mana saja" / "From anywhere": the country's own numbers are over.
                own = own && !line.startsWith("<b>");
                continue;
            }
            boolean writes = WRITES.matcher(line).find();
            // Someone at home calling for a relative abroad cannot dial the local 999: the mission.
            boolean callable = !fromHome || MISSION.matcher(line).find();
            if (own && call == null && !writes && callable) {
                call = line;
            }
            if (own && message == null && writes) {
                message = line;
            }
            if (own && there == null && !writes && WORKERS.matcher(line).find()) {
                there = line;
            }
            if (anywhere == null && writes && line.contains("KP2MI")) {
                anywhere = line;
            }
        }
        message = message != null ? message : anywhere;
        List<String> lines = new ArrayList<>();
        if (message != null) {
            lines.add(replies.t(lang, "emergency.reach.message", message));
        }
        if (call != null) {
            // "Which number first?" without a word about writing: the call comes first.
            lines.add(writing ? lines.size() : 0, replies.t(lang, "emergency.reach.call", call));
        } else if (fromHome) {
            // At home for someone abroad, with no mission line to dial: KP2MI's free line.
            lines.add(writing ? lines.size() : 0, replies.t(lang, "emergency.reach.home"));
        }
        if (fromHome && there != null && !there.equals(call)) {
            // What the person over there can call themselves: Taiwan's 1955, the consulate.
            lines.add(replies.t(lang, "emergency.reach.there", there));
        }
        StringBuilder out = new StringBuilder(String.join("\n", lines));
        out.append(out.isEmpty() ? "" : "\n\n")
                .append(replies.t(lang, "emergency.reach.staff", code));
        return Reply.text(out.toString());
    }

    private static final Pattern MISSION =
            Pattern.compile("KBRI|KJRI|Konsulat|Consulate|Embassy|KDEI|Perwakilan");

    /** A line for workers there: the mission, or a worker hotline such as Taiwan's 1955. */
    private static final Pattern WORKERS =
            Pattern.compile(
                    "KBRI|KJRI|Konsulat|Consulate|Embassy|KDEI|pekerja asing|foreign-worker");

    /** A line whose channel is written: WhatsApp or SMS. */
    private static final Pattern WRITES = Pattern.compile("WhatsApp|SMS");
}
