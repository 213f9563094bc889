package id.migrasiaman.answers;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a checked offer itself says that a follow-up needs: the company and the licence number it
 * names ("PT Bina Karya, SIP3MI No. 2/1234/2023"), and whether its cost is taken from the salary or
 * asked up front, so that "but he said no fee, so it is safe?" is answered about the offer's own
 * deduction.
 *
 * @param company the company the offer names after "PT", if any
 * @param licence the SIP3MI or SIP2MI number the offer names, if any
 * @param deducted whether the offer takes money from the salary
 * @param upFront whether the offer asks for money before leaving
 */
record OfferTerms(
        Optional<String> company, Optional<String> licence, boolean deducted, boolean upFront) {

    /** "PT" then up to five capitalised words (the company's name as written). */
    private static final Pattern COMPANY =
            Pattern.compile("\\b[Pp][Tt]\\.?\\s+((?:[A-Z0-9][\\p{L}\\p{N}&'-]*\\.?\\s?){1,5})");

    private static final Pattern LICENCE =
            Pattern.compile(
                    "(?i)\\bSIP[23]MI\\b\\W{0,4}(?:no\\.?|nomor|nr\\.?)?\\s*:?\\s*"
                            + "([0-9][0-9A-Za-z./-]{2,40})");

    private static final Pattern DEDUCTED =
            Pattern.compile(
                    "(potong|dipotong|potongan|pemotongan|terpotong|cicil|dicicil|angsur)( \\w+){0,2}"
                            + " gaji|gaji( \\w+){0,4} (di ?potong|terpotong|potong|di ?cicil)"
                            + "|(deduct|deducted|deduction|deductions|cut|cuts|taken|repay|pay back)"
                            + "( \\w+){0,4} (salary|salaries|wage|wages|pay|paycheck)"
                            + "|(salary|wage|pay) (deduction|deductions|cut|cuts)");

    /** Money asked before leaving, unless the word is denied ("son usa bayar dolo", "no fee"). */
    private static final Pattern UP_FRONT =
            Pattern.compile(
                    "(?<!\\b(son|sonde|tidak|tanpa|gak|ga|tdk|nggak|usa|usah|perlu|no|without) )"
                            + "\\b(bayar|setor|transfer|tf|dp|uang muka|di ?muka|pay|deposit"
                            + "|up ?front|in advance)\\b");

    /** The terms of {@code offer} as the person pasted it. */
    static OfferTerms of(String offer) {
        String lower = offer.toLowerCase(Locale.ROOT);
        return new OfferTerms(
                group(COMPANY.matcher(offer)).map(name -> "PT " + name),
                group(LICENCE.matcher(offer)),
                DEDUCTED.matcher(lower).find(),
                UP_FRONT.matcher(lower).find());
    }

    private static Optional<String> group(Matcher matcher) {
        if (!matcher.find()) {
            return Optional.empty();
        }
        String found = matcher.group(1).strip().replaceAll("[.,]+$", "");
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }
}
