package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.nlp.TextAnalyser;
import id.migrasiaman.reports.PublicStatus;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.safety.DangerCheck;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A reporter asking what will happen to the person reported ("polisi datang tangkap dia ko? brp
 * lama?", "will he be arrested?", "dia bisa dipenjara?"): an arrest or a punishment asked about
 * someone else, in a question, from someone who has just sent a report or says so. It is no danger
 * now: it gets the answer about the process (the Satgas reviews, no promise of a result or a time,
 * the report's status, 110 when someone is in danger now), never a new URGENT report (trial 12,
 * D15). An arrest told as done, or asked about the writer or a relative ("suami saya ditangkap",
 * "will they arrest me?"), and any other danger in the message keep the danger check's verdict.
 */
@Component
class WhatHappensNext {

    /** How long after a report a question is read as about the reported person. */
    static final Duration RECENT = Duration.ofHours(24);

    /**
     * An arrest or a punishment. The police alone are not one: "lapor calo tu pi polisi ko pi
     * disnaker?" asks where to report, not what happens to the person reported.
     */
    private static final Pattern CONSEQUENCE =
            Pattern.compile(
                    "\\b(di)?(tangkap|tangkep|hukum|penjara|pidana|sidang|adili)(nya|kah|ko)?\\b"
                            + "|\\bmenangkap\\b|\\b(hukuman"
                            + "|sanksi|jail(ed)?|prison|arrest(ed|s)?|punish(ed|ment)?|charged"
                            + "|prosecut(ed|ion)|sentenced|court|locked up|be (caught|detained))\\b");

    /** The reported person: someone else, not the writer or a relative. */
    private static final Pattern THIRD =
            Pattern.compile(
                    "\\b(dia|de|dong|ia|mereka|calo|agen|sponsor|perekrut|pelaku|orang itu|orang tsb"
                            + "|he|him|she|her|they|them|the (broker|agent|recruiter|sponsor|man|woman))\\b");

    /** The writer or a relative of the writer: then an arrest is about them, a danger. */
    private static final Pattern OWN_SIDE =
            Pattern.compile(
                    "\\b(saya|sy|aku|ak|beta|sa|kami|katong|me|us|we|i|my|our|suami|istri|anak"
                            + "|adik|kakak|kaka|ade|mama|bapak|ibu|son|daughter|husband|wife"
                            + "|brother|sister)\\b");

    /** The writer says they reported: "sudah lapor", "my report", "after I reported him". */
    private static final Pattern REPORTED =
            Pattern.compile("\\b(lapor|laporan|dilaporkan|melaporkan|laporkan|report(ed|ing)?)\\b");

    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?\\n])");

    private final TextAnalyser analyser;
    private final DangerCheck danger;
    private final ReportQueue queue;
    private final EmergencyReplies replies;
    private final Clock clock;

    WhatHappensNext(
            TextAnalyser analyser,
            DangerCheck danger,
            ReportQueue queue,
            EmergencyReplies replies,
            Clock clock) {
        this.analyser = analyser;
        this.danger = danger;
        this.queue = queue;
        this.replies = replies;
        this.clock = clock;
    }

    /** The answer about the process, when {@code text} asks what happens to a reported person. */
    Optional<List<Reply>> answer(Turn turn, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!CONSEQUENCE.matcher(lower).find() || !askedAboutSomeoneElse(lower)) {
            return Optional.empty();
        }
        // The store is read only for a question about an arrest or a punishment: this runs on
        // every fresh text, and reading the person's reports first cost one round trip each.
        Optional<String> code = recentReport(turn);
        if (code.isEmpty() && !REPORTED.matcher(lower).find()) {
            return Optional.empty();
        }
        String rest = withoutConsequenceQuestions(lower);
        if (!rest.isBlank()
                && danger.assess(rest, analyser.analyse(rest), DangerCheck.Setting.FREE)
                        .level()
                        .atLeastWeak()) {
            return Optional.empty();
        }
        String lang = turn.language();
        String next =
                code.map(c -> replies.t(lang, "afterreport.next", c))
                        .orElse(replies.t(lang, "emergency.outcome.list"));
        return Optional.of(
                List.of(
                        replies.withMenu(
                                replies.t(lang, "emergency.outcome") + "\n\n" + next, lang)));
    }

    /**
     * Every sentence that names an arrest or a punishment is a question about someone else ("polisi
     * datang tangkap dia ko?"), not a statement ("dia ditangkap polisi") and not about the writer
     * or a relative.
     */
    private static boolean askedAboutSomeoneElse(String lower) {
        boolean any = false;
        for (String sentence : SENTENCE.split(lower)) {
            if (!CONSEQUENCE.matcher(sentence).find()) {
                continue;
            }
            if (!Questions.isQuestion(sentence)
                    || !THIRD.matcher(sentence).find()
                    || OWN_SIDE.matcher(sentence).find()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static String withoutConsequenceQuestions(String lower) {
        StringBuilder rest = new StringBuilder();
        for (String sentence : SENTENCE.split(lower)) {
            if (!CONSEQUENCE.matcher(sentence).find()) {
                rest.append(sentence).append(' ');
            }
        }
        return rest.toString().trim();
    }

    private Optional<String> recentReport(Turn turn) {
        String reporter = turn.message().userPseudonym();
        if (reporter == null) {
            return Optional.empty();
        }
        return queue.ofReporter(reporter, 1).stream()
                .findFirst()
                .filter(s -> s.lastUpdate().isAfter(clock.instant().minus(RECENT)))
                .map(PublicStatus::code);
    }
}
