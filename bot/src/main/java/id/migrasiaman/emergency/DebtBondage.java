package id.migrasiaman.emergency;

import id.migrasiaman.conversation.AnswerFirst;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.nlp.Analysis;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A debt to a broker to be cleared by going (again) with him or by working it off ("kalo sy pi lagi
 * lewat dia, utang lunas"): a sign of debt bondage, which UU 21/2007 names among the means of
 * trafficking (FACTS 1.7), while placement costs may not be charged to a worker at all (Pasal 30,
 * FACTS 1.4). It is answered as such, never as a live emergency (trial 13, D4): a threat or a lock
 * beside it is read by the danger check before this.
 */
@Component
@Order(3)
class DebtBondage implements AnswerFirst {

    private static final Pattern DEBT =
            Pattern.compile(
                    "\\b(utang|hutang|utangnya|hutangnya|berutang|berhutang|debt|owe|owes)\\b");

    private static final Pattern BROKER =
            Pattern.compile(
                    "\\b(calo|agen|agency|sponsor|perekrut|tekong|bos|pt|broker|recruiter|agent)\\b");

    /** Cleared by going with him, or by working it off. */
    private static final Pattern CLEARED_BY_GOING =
            Pattern.compile(
                    "\\b(lunas|dilunasi|hapus|dihapus|cleared|paid off|wiped)\\b"
                            + "|\\b(pi|pigi|pergi|berangkat|ikut|go|work)\\b.{0,20}\\b(lagi|again"
                            + "|lewat dia|dengan dia|sama dia|for him|with him)\\b"
                            + "|\\bpotong gaji\\b|\\bkerja bayar\\b|\\bwork (it )?off\\b");

    private final EmergencyReplies replies;

    DebtBondage(EmergencyReplies replies) {
        this.replies = replies;
    }

    @Override
    public Optional<List<Reply>> answer(Turn turn, Analysis analysis) {
        String text = analysis.text() == null ? "" : analysis.text().toLowerCase(Locale.ROOT);
        if (!matches(text)) {
            return Optional.empty();
        }
        String lang = turn.language();
        return Optional.of(List.of(replies.withMenu(replies.t(lang, "emergency.debt"), lang)));
    }

    static boolean matches(String lower) {
        return DEBT.matcher(lower).find()
                && BROKER.matcher(lower).find()
                && CLEARED_BY_GOING.matcher(lower).find();
    }
}
