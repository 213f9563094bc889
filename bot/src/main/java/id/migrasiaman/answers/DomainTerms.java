package id.migrasiaman.answers;

import id.migrasiaman.conversation.Words;
import java.util.regex.Pattern;

/**
 * Words that belong to labour migration and nothing else: the offices (Disnaker, BP3MI, KP2MI,
 * LTSA), the agencies (P3MI, manning agency), the systems (SISKOP2MI, SIAPkerja), the worker (PMI,
 * CPMI, TKI, ABK) and the seaman's book. A question naming one is about the topics even when both
 * models call it everyday ("alamat kantor disnaker kab kupang di mana?", "buku pelaut bikin di
 * mana?" were refused in a black-box trial). Words shared with everyday life (paspor, BPJS, KBRI,
 * visa) are not here: a holiday passport is no migration question. Stages of the route that only
 * migration has (the placement agreement, the pre-departure orientation, the passport
 * recommendation) are.
 *
 * <p>A passport question that names no trip of leisure, faith or study ({@link #workPassport}) is
 * one too when the relevance model does not place it outside the topics altogether: "bikin paspor
 * di mana? beta tinggal di amfoang utara, jauh sekali" was refused in a black-box trial because the
 * Kupang Malay tail about living far away pulled both models towards everyday questions, while the
 * holiday and pilgrimage passports they learnt as off-topic all say what the trip is for.
 */
final class DomainTerms {

    private static final Pattern NAMED =
            Pattern.compile(
                    " (disnaker|disnakertrans|bp3mi|bp2mi|kp2mi|p2mi|p3mi|pptkis|siskop2mi|sisko"
                            + "|siapkerja|ltsa|cpmi|pmi|tki|tkw|abk|buku pelaut|seaman book"
                            + "|manning agency|manning agent|visa kerja|work visa|work permit"
                            + "|perjanjian penempatan|orientasi pra pemberangkatan|rekomendasi paspor"
                            + "|placement agreement|pre departure orientation) ");

    /**
     * The bot's core topic asked about in its own words ("What are the main red flags?", trial 16
     * D13): both models read the short English question as everyday. Not when it names another part
     * of life ("red flags in a relationship").
     */
    private static final Pattern RED_FLAGS =
            Pattern.compile(" (red flags?|warning signs?|tanda bahaya|tanda tanda bahaya) ");

    private static final Pattern OTHER_LIFE =
            Pattern.compile(
                    " (relationship|relationships|boyfriend|girlfriend|partner|dating|date|pacar"
                            + "|pacaran|husband|wife|suami|istri|health|kesehatan|stroke|cancer"
                            + "|kanker|jantung|heart|depression|depresi|car|mobil|motor|baby|bayi) ");

    private static final Pattern PASSPORT = Pattern.compile(" (paspor|passport) ");

    /** The trips a passport is also for that are not working abroad. */
    private static final Pattern LEISURE =
            Pattern.compile(
                    " (liburan|libur|umroh|umrah|haji|wisata|jalan jalan|jalan2|bulan madu|pelancong"
                            + "|turis|kuliah|sekolah|berobat|holiday|vacation|honeymoon|tourist"
                            + "|pilgrimage|study|anak|bayi) ");

    /**
     * A police certificate (SKCK) asked about with no job at home, school or other country's visa
     * named: in this bot, "SKCK bikin di mana?" is the document of the route (trial 19, D28).
     */
    private static final Pattern POLICE_CERTIFICATE =
            Pattern.compile(" (skck|police certificate|police clearance) ");

    /**
     * What else a police certificate is for: a civil-service or bank application, a school or a
     * scholarship, another country's visa (the near-misses all say it).
     */
    private static final Pattern LOCAL_PURPOSE =
            Pattern.compile(
                    " (cpns|pppk|asn|pns|tni|polri|bank|melamar|lamar|lamaran|beasiswa|kuliah"
                            + "|sekolah|kampus|sim|nikah|kantor|scholarship|university|bank job"
                            + "|apply|application|australia|australian|renewal) ");

    private DomainTerms() {}

    static boolean named(String text) {
        if (text == null) {
            return false;
        }
        String padded = Words.padded(text);
        return NAMED.matcher(padded).find()
                || (RED_FLAGS.matcher(padded).find() && !OTHER_LIFE.matcher(padded).find())
                || (POLICE_CERTIFICATE.matcher(padded).find()
                        && !LOCAL_PURPOSE.matcher(padded).find());
    }

    /** A question about a passport that names no holiday, pilgrimage, study or child's trip. */
    static boolean workPassport(String text) {
        if (text == null) {
            return false;
        }
        String padded = Words.padded(text);
        return PASSPORT.matcher(padded).find() && !LEISURE.matcher(padded).find();
    }
}
