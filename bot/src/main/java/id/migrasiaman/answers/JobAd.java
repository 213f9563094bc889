package id.migrasiaman.answers;

import id.migrasiaman.conversation.Questions;
import id.migrasiaman.nlp.Analysis;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A job advertisement pasted as it was found (a WhatsApp forward, a Facebook post): a word of
 * vacancy ("lowongan", "loker", "dibutuhkan", "hiring") and at least {@value #MIN_PARTS} of what an
 * ad is made of — a destination, a salary, a company or licence, a contact, how to register or
 * leave. A legal ad is such an offer as much as a risky one, and is checked like one; a short
 * question that names a vacancy ("ada lowongan ke taiwan?") is not an ad.
 */
public final class JobAd {

    /** Parts besides the vacancy word that make a text an ad. */
    static final int MIN_PARTS = 3;

    /** Fewer words than this is a question or a remark, not an ad. */
    static final int MIN_WORDS = 12;

    /** A question must be longer than this to still be read as an ad with a question in it. */
    static final int QUESTION_WORDS = 30;

    private static final Pattern VACANCY =
            Pattern.compile(
                    "\\b(lowongan|loker|lowker|dibutuhkan|dicari|dicarikan|rekrutmen|recruitment"
                            + "|vacancy|vacancies|hiring|job opening|info kerja|info karja"
                            + "|peluang kerja|kesempatan kerja|needed|wanted|butuh (cepat|segera))\\b");

    private static final List<Pattern> PARTS =
            List.of(
                    // A salary with an amount or a currency.
                    Pattern.compile(
                            "\\b(gaji|salary|upah|wage|wages|pay)\\b[^.\\n]{0,25}"
                                    + "(\\d|\\brm|\\bnt|\\bhk|\\bsgd|\\busd|\\brp|\\$|juta|\\bjt)"),
                    // A company, an agency or its licence.
                    Pattern.compile(
                            "\\bpt\\.? [a-z]|\\bp3mi\\b|\\bsip[23]mi\\b|\\bagency\\b|\\bperusahaan\\b"
                                    + "|\\bcompany\\b"),
                    // Whom to contact.
                    Pattern.compile(
                            "\\b(hub|hubungi|contact|kontak|whatsapp|wa|cp|inbox|dm|info lanjut)\\b"),
                    // How to register or when one leaves.
                    Pattern.compile(
                            "\\b(pendaftaran|daftar|syarat|persyaratan|requirements?|usia|apply"
                                    + "|berangkat|keberangkatan|brgkt|departure|kuota|quota)\\b"));

    private JobAd() {}

    /** Whether {@code analysis} reads as a pasted job advertisement. */
    public static boolean reads(Analysis analysis) {
        String text = analysis.text().toLowerCase(Locale.ROOT);
        int words = Questions.words(text);
        if (words < MIN_WORDS
                || (Questions.isQuestion(analysis.text()) && words <= QUESTION_WORDS)
                || !VACANCY.matcher(text).find()) {
            return false;
        }
        long parts = PARTS.stream().filter(p -> p.matcher(text).find()).count();
        if (!analysis.entities().destinations().isEmpty()) {
            parts++;
        }
        return parts >= MIN_PARTS;
    }
}
