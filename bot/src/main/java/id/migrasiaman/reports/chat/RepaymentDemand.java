package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.SituationResponder;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.Recall;
import id.migrasiaman.nlp.Analysis;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A recruiter who gave the family money now demands it back, often more than he gave, because the
 * person will not leave ("dia telpon terus, bilang sy harus kembalikan 5 juta kalo sy seng pi"):
 * pressure to pay or go, a means of trafficking (UU 21/2007; FACTS 1.7, 6). The person hears that
 * the money is no debt that binds her and she need not go, then what to do: not pay under pressure,
 * keep the calls and messages, report, Polisi 110 if threatened (FACTS 5.2). It used to get the
 * hotlines with "is anyone in danger now?", and "jadi sy harus bayar?" the fee table (trial 12,
 * D6); so the follow-up "must I pay?" within {@link Recall#FRESH} gets the same answer.
 */
@Component
class RepaymentDemand implements SituationResponder {

    /** The topic this situation belongs to (its answer's first line is the same promise). */
    static final String TOPIC = "uang-sirih";

    /** Money demanded back: "kembalikan 5 juta", "tagih", "minta doi kembali", "pay it back". */
    private static final Pattern DEMAND =
            Pattern.compile(
                    "\\b(kembalikan|kembaliin|balikin|dikembalikan|tagih|nagih|menagih|ditagih"
                            + "|bayar (balik|kembali)|ganti (uang|duit|doi)"
                            + "|(uang|duit|doi)(nya)? (kembali|balik)"
                            + "|kasi kembali|kasih kembali|kasi pulang"
                            + "|pay (it |him |her |them |the money )?back|repay|paid back"
                            + "|(return|give back) (the|his|her|their|that) money"
                            + "|wants? (his|her|their|the) money back)\\b");

    /** Why it is demanded: the person will not go, or the money was given to the family. */
    private static final Pattern CAUSE =
            Pattern.compile(
                    "\\b(seng|son|sonde|tidak|tdk|gak|ga|nggak|enggak|ndak|tak) (jadi |mau |mo )?"
                            + "(pi|pergi|berangkat|brangkat|brgkt|ikut|iko)\\b"
                            + "|\\b(batal|nolak|menolak|tolak|ga jadi|gak jadi|tidak jadi|son jadi)\\b"
                            + "|\\b(kasi|kasih|dikasih|dikasi|diberi|memberi|kase|terima|trima"
                            + "|ambil|sirih|fit)\\b"
                            + "|\\b(don'?t|do not|won'?t|will not|not) (go|leave)\\b"
                            + "|\\b(refuse[ds]?|gave|given|took|accepted)\\b");

    /** "Must I pay?" after this answer: "jadi sy harus bayar 5 juta ko seng?", "do I have to?". */
    private static final Pattern MUST_PAY =
            Pattern.compile(
                    "\\b(harus|wajib|musti|mesti|perlu|must|have to|need to|should)"
                            + "( (sa|sy|saya|beta|aku|i|we|kami))?"
                            + " (bayar|kembalikan|ganti|kasi kembali|pay|repay|return|give)");

    private final Texts texts;
    private final Clock clock;

    RepaymentDemand(Texts texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public Optional<List<Reply>> respond(Turn turn, Analysis analysis) {
        if (turn.state().active() != null
                || !(turn.message().content() instanceof Content.Text typed)
                || !(demanded(typed.text()) || askedAgain(turn, typed.text()))) {
            return Optional.empty();
        }
        // Remembered, so that "jadi sy harus bayar?" next is about this money, not about fees.
        turn.update(turn.state().withRecall(Recall.topic(TOPIC, typed.text(), clock.instant())));
        return Optional.of(List.of(answer(turn.language())));
    }

    /** Whether {@code text} tells of money demanded back for not leaving or given to the family. */
    static boolean demanded(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return DEMAND.matcher(lower).find()
                && CAUSE.matcher(lower).find()
                && PRESSED.matcher(lower).find();
    }

    /**
     * Someone presses for the money: he calls, says, threatens, comes to the house. Without it the
     * message is a question about the rule ("uang sirih itu harus dikembalikan ko?"), which the
     * uang-sirih topic answers itself.
     */
    private static final Pattern PRESSED =
            Pattern.compile(
                    "\\b(telpon|telepon|tlp|tlpn|nelpon|menelepon|ditelpon|ditelepon|sms|wa|chat"
                            + "|bilang|blg|bilan|katanya|kata dia|minta|mintak|ancam|mengancam"
                            + "|diancam|marah|paksa|memaksa|dipaksa|datang|dtg|tagih|nagih|menagih"
                            + "|ditagih|calls?|calling|called|says|said|tells|told"
                            + "|demands?|demanding|threaten(s|ed|ing)?|insists?|keeps|came|comes)\\b");

    private boolean askedAgain(Turn turn, String text) {
        Recall recall = turn.state().recall();
        return recall != null
                && recall.kind() == Recall.Kind.TOPIC
                && TOPIC.equals(recall.topicId())
                && recall.freshAt(clock.instant())
                && MUST_PAY.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    private Reply answer(String lang) {
        return Reply.withButtons(
                texts.get(lang, "report.repay"),
                List.of(
                        List.of(new Reply.Button(texts.get(lang, "menu.report"), Menus.REPORT)),
                        List.of(
                                new Reply.Button(
                                        texts.get(lang, "report.repay.topic"), "t:" + TOPIC)),
                        List.of(
                                new Reply.Button(
                                        texts.get(lang, "menu.emergency"), Menus.EMERGENCY)),
                        List.of(new Reply.Button(texts.get(lang, "menu.back"), Menus.MENU))));
    }
}
