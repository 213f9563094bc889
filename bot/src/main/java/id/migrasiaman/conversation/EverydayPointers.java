package id.migrasiaman.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Everyday questions outside migration ("KTP sa hilang, urus di mana?", "dompet hilang di pasar",
 * "ada lowongan di Kupang?") still get the polite refusal, and with it a one-line pointer to the
 * public service that handles them (trial 16, D19): only the office's name, as everyone in
 * Indonesia knows it or FACTS names it (Disnaker Kabupaten Kupang: FACTS 9.1; BPJS Ketenagakerjaan:
 * 9.14), never a guessed address, phone or opening hour.
 */
final class EverydayPointers {

    /** A pointer: the words that call for it and its text key. */
    private record Pointer(Pattern words, String key) {}

    /**
     * "KK" in capitals is the Kartu Keluarga; "kk" in small letters is "kakak" in chat ("kk, sa mau
     * tanya"), no family card.
     */
    private static final Pattern FAMILY_CARD = Pattern.compile("\\bKK\\b");

    private static final List<Pointer> POINTERS =
            List.of(
                    new Pointer(
                            Pattern.compile(
                                    "\\b(ktp|e-?ktp|kartu keluarga|akta( kelahiran)?|akte"
                                            + "|dukcapil|capil|nik)\\b"),
                            "outofscope.pointer.dukcapil"),
                    new Pointer(
                            Pattern.compile(
                                    "\\b(blokir|blokir nomor|kartu sim|sim ?card|ganti kartu)\\b"),
                            "outofscope.pointer.number"),
                    new Pointer(
                            Pattern.compile(
                                    "\\b(dompet|hp|handphone|ponsel|tas|motor|sepeda motor|wallet"
                                            + "|phone)\\b.{0,30}\\b(hilang|ilang|dicuri|dicopet"
                                            + "|kecopetan|dijambret|lost|stolen)\\b"
                                            + "|\\b(hilang|ilang|kecopetan|dicopet|lost|stolen)\\b"
                                            + ".{0,20}\\b(dompet|hp|handphone|ponsel|wallet|phone)\\b"),
                            "outofscope.pointer.lost"),
                    new Pointer(
                            Pattern.compile("\\b(bpjs|jamsostek)\\b"), "outofscope.pointer.bpjs"),
                    new Pointer(
                            Pattern.compile(
                                    "\\b(lowongan|loker|lapangan kerja|cari kerja|cari kerjaan"
                                            + "|job vacanc\\w*|jobs? in kupang)\\b"),
                            "outofscope.pointer.jobs"),
                    new Pointer(
                            Pattern.compile(
                                    "\\bsurat( keterangan| izin| ijin)? sakit\\b|\\bsick note\\b"),
                            "outofscope.pointer.sick"));

    /** A greeting word: "halo kak, KK sa…" is still greeted. */
    private static final Pattern GREETING_WORD =
            Pattern.compile(
                    "\\b(halo|hallo|hai|hi|hello|hey|selamat (pagi|siang|sore|malam)|pagi|siang"
                            + "|malam|salam|shalom|syalom|assalamualaikum|permisi|good (morning"
                            + "|afternoon|evening))\\b");

    private EverydayPointers() {}

    /** The text keys of the pointers {@code text} calls for, in order; empty when none fits. */
    static List<String> keys(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> keys = new ArrayList<>();
        for (Pointer pointer : POINTERS) {
            boolean card = pointer == POINTERS.get(0) && FAMILY_CARD.matcher(text).find();
            if (card || pointer.words().matcher(lower).find()) {
                keys.add(pointer.key());
            }
        }
        return keys;
    }

    /**
     * Whether {@code text}, which the model read as a greeting, is an everyday question instead: it
     * asks, greets with no word of greeting, and names a service ("KK sa salah nama, bisa ganti di
     * dukcapil oelamasi?": "KK" is no "kakak" here).
     */
    static boolean askedInsteadOfGreeting(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return Questions.isQuestion(text)
                && !GREETING_WORD.matcher(lower).find()
                && !keys(text).isEmpty();
    }
}
