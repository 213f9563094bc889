package id.migrasiaman.answers;

import id.migrasiaman.conversation.Words;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Biaya pi malaysia brapa doi?": in Kupang Malay "doi" is any money, and the uang-sirih topic's
 * questions are full of it ("doi sirih", "kasi doi ke mama"), so retrieval took the most common
 * question of all, what going abroad costs, for a gift to the family (trial 17, D30). A cost asked
 * with no gift, family or recruiter's money in it gets the costs topic instead.
 */
final class CostQuestions {

    static final String COSTS = "costs";
    static final String UANG_SIRIH = "uang-sirih";

    /** What it costs to go: a price asked. */
    private static final Pattern COST =
            Pattern.compile(
                    " (biaya|biayanya|ongkos|ongkosnya|cost|costs|fee|fees) .*"
                            + "(berapa|brapa|brp|bera|how much)|(berapa|brapa|brp|how much)"
                            + " .*(biaya|biayanya|ongkos|ongkosnya|cost|costs|fee|fees) ");

    /** Money given to the family or by a recruiter: the uang-sirih question after all. */
    private static final Pattern GIFT =
            Pattern.compile(
                    " (sirih|pinang|fit|mahar|kasi|kasih|dikasi|dikasih|kase|kembali|kembalikan"
                            + "|pinjam|pinjaman|utang|hutang|mama|bapa|bapak|keluarga|orang tua"
                            + "|calo|sponsor|perekrut|om|tanta) ");

    /**
     * Days off, leave, hours promised in the contract ("trus libur sy cuma 1x sebulan, kontrak
     * bilang tiap minggu", trial 17 D12): a worker's rights abroad, when retrieval finds no topic
     * for it.
     */
    private static final Pattern WORK_TERMS =
            Pattern.compile(
                    " (libur|liburnya|hari libur|cuti|day off|days off|rest day|rest days|jam kerja"
                            + "|lembur|overtime|working hours) ");

    static final String RIGHTS_ABROAD = "rights-abroad";

    private CostQuestions() {}

    /** {@code topic}, or the rights abroad for days off or hours when retrieval found none. */
    static Optional<String> orWorkTerms(String text, Optional<String> topic) {
        if (topic.isPresent() || !WORK_TERMS.matcher(Words.padded(text)).find()) {
            return topic;
        }
        return Optional.of(RIGHTS_ABROAD);
    }

    /** {@code topic}, or the costs topic when it is uang sirih for a plain question of cost. */
    static Optional<String> corrected(String text, Optional<String> topic) {
        if (topic.isEmpty() || !UANG_SIRIH.equals(topic.get())) {
            return topic;
        }
        String padded = Words.padded(text);
        return COST.matcher(padded).find() && !GIFT.matcher(padded).find()
                ? Optional.of(COSTS)
                : topic;
    }
}
