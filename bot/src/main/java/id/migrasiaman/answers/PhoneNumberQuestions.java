package id.migrasiaman.answers;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.IntentResponder;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.Words;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.TextAnalyser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * "Nomor ini 0812… calo ko bukan?", "bisa cek nomor hp calo?": a person asks the bot to check a
 * phone number. The bot cannot, and says so first; then what it can do (ask for the company and its
 * licence and check it in SISKOP2MI, FACTS 3.3; report the number to the Satgas), and the report's
 * own confirmation, pre-filled with the number. A black-box tester got only "do you want to
 * report?", as if the question were a report.
 */
@Component
class PhoneNumberQuestions implements MessageInterceptor, Ordered {

    /** A number is named: the word, or the start of an Indonesian mobile number. */
    private static final Pattern NUMBER =
            Pattern.compile(
                    "(?U)\\b(nomor|nomer|nomornya|nomernya|no hp|no wa|no telp|nmr|number|phone"
                            + " number|mobile number)\\b|(\\+?62|\\b0)8\\d");

    /** Asking to check it or whose it is. */
    private static final Pattern CHECK =
            Pattern.compile(
                    " (cek|check|periksa|lacak|verifikasi|verify|look up|lookup|punya siapa"
                            + "|milik siapa|pung sapa|nomor siapa|nomer siapa|whose) ");

    /** Asking whether the number is a broker's or genuine. */
    private static final Pattern WHETHER_BROKER =
            Pattern.compile(
                    " (calo|penipu|tipu|scam|scammer|asli|resmi|legal|ilegal|agen|sponsor|broker"
                            + "|recruiter|perekrut|legit|genuine|fake|palsu) ");

    /** A particular number: typed, or pointed at ("nomor ini", "this number"). */
    private static final Pattern THIS_NUMBER =
            Pattern.compile(
                    "(?U)(\\+?62|\\b0)8\\d|\\b(nomor|nomer|no|number) (ini|itu|tsb|tersebut|tu)\\b"
                            + "|\\b(this|that) (number|phone)\\b");

    private static final int MAX_WORDS = 30;

    private final TextAnalyser analyser;
    private final ObjectProvider<IntentResponder> responders;
    private final Texts texts;

    PhoneNumberQuestions(
            TextAnalyser analyser, ObjectProvider<IntentResponder> responders, Texts texts) {
        this.analyser = analyser;
        this.responders = responders;
        this.texts = texts;
    }

    @Override
    public int getOrder() {
        // Before the follow-ups (50): after an answer, "bisa cek nomor hp calo?" is this question.
        return 46;
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        if (!(turn.message().content() instanceof Content.Text typed)
                || turn.state().active() != null
                || !asksToCheckANumber(typed.text())) {
            return Optional.empty();
        }
        Analysis analysis = analyser.analyse(typed.text());
        List<Reply> out = new ArrayList<>();
        out.add(Reply.text(texts.get(turn.language(), "phone.check.cannot")));
        responders
                .orderedStream()
                .filter(r -> r.intent() == Intent.BROKER_REPORT)
                .findFirst()
                .ifPresent(r -> out.addAll(r.respond(turn, analysis)));
        return Optional.of(out);
    }

    /** Whether {@code text} asks the bot to check a phone number or whose it is. */
    static boolean asksToCheckANumber(String text) {
        if (!Questions.isQuestion(text)
                || Questions.words(text) > MAX_WORDS
                || !NUMBER.matcher(text.toLowerCase(java.util.Locale.ROOT)).find()) {
            return false;
        }
        String padded = Words.padded(text);
        return CHECK.matcher(padded).find()
                || (WHETHER_BROKER.matcher(padded).find()
                        && THIS_NUMBER.matcher(text.toLowerCase(java.util.Locale.ROOT)).find());
    }
}
