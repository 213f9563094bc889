package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Courtesy;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.SituationResponder;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.reports.PublicStatus;
import id.migrasiaman.reports.ReportQueue;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What a reporter or a family says right after sending a report: thanks and a plea ("tolong bantu
 * cari anak sy ya"), or "when will the Satgas act? they leave next Tuesday". Never a scope refusal
 * and never an offer to report again: the report is with the Satgas (its code), the Satgas cannot
 * promise a time, what the person can do now, and how to add to the report or see its status.
 */
@Component
class AfterReport implements SituationResponder {

    /** How long after a report such words are read as about it. */
    static final Duration RECENT = Duration.ofHours(24);

    private static final Pattern THANKS_OR_PLEA =
            Pattern.compile(
                    "\\b(terima\\s*kasih|makasih|trimakasih|thanks?|thank you|tolong\\s+bantu|bantu\\s+cari"
                            + "|cari\\s+(anak|suami|istri|adik|kakak|bapak|mama|dia)|mohon\\s+bantu)\\b");
    private static final Pattern WHEN_ACT =
            Pattern.compile(
                    "\\b(kapan|when)\\b.*\\b(satgas|tindak\\w*|polisi|proses\\w*|laporan|ditangkap|"
                            + "act|report)\\b|\\b(satgas|laporan)\\b.*\\b(kapan|tindak\\w*)\\b");

    /**
     * Wages owed to the worker: "sa pung anak pung gaji 1 taun bagemana? bisa minta kembali ko?",
     * "can his unpaid wages be claimed?" (trial 12, D2).
     */
    private static final Pattern WAGES_OWED =
            Pattern.compile(
                    "\\b(gaji|upah|wages?|salary)\\b.*\\b(kembali|balik|tuntut\\w*|klaim|claim\\w*|minta"
                            + "|dibayar|owed|unpaid|back|recover\\w*)\\b"
                            + "|\\b(unpaid|owed|tuntut|klaim|claim)\\b.*\\b(gaji|upah|wages?|salary)\\b");

    private static final Pattern DEPARTURE =
            Pattern.compile("\\b(berangkat|brangkat|leave|leaving|depart\\w*)\\b");
    private static final Pattern FAMILY =
            Pattern.compile(
                    "\\b(cari|anak|suami|istri|adik|kakak|kabar|hilang|son|daughter|husband|wife|"
                            + "find)\\b");

    /**
     * Finding someone ("kabar anak sy bagaimana?"), which the family lines answer; "sy harus bilang
     * apa ke anak sy?" asks something else (trial 18, D5).
     */
    private static final Pattern FINDING =
            Pattern.compile("\\b(cari|kabar|hilang|find|news|missing)\\b");

    /**
     * Where to go now, or where the police are: "beta musti pi mana lai? polisi di mana?", "kantor
     * polisi di mana?", "mau lapor polisi" (trial 17, D2).
     */
    private static final Pattern WHERE_NOW =
            Pattern.compile(
                    "\\b(musti|harus|hrs|mesti|perlu)\\s+(pi|pigi|pergi|ke|lapor)\\s*(ke\\s*)?"
                            + "(mana|mn)\\b|\\b(pi|pigi|pergi|ke)\\s*mana\\s+(lai|lagi|lg)\\b"
                            + "|\\b(polisi|polres|polsek|police)\\b.{0,20}\\b(di ?mana|dmn|mana|where)\\b"
                            + "|\\b(di ?mana|dmn|where)\\b.{0,20}\\b(polisi|polres|polsek|police)\\b"
                            + "|\\bkantor\\s+polisi\\b|\\blapor\\s+(ke\\s+)?(polisi|polres)\\b"
                            + "|\\b(what|where)\\b.{0,20}\\b(next|now)\\b");

    /** The thanks itself, taken out to see whether a question is left. */
    private static final Pattern THANKS =
            Pattern.compile(
                    "\\b(terima\\s*kasih|makasih|trimakasih|thanks?|thank you)\\b"
                            + "(\\s+(banyak|ya|kak|kakak|ade|adik|pak|bu|min|so much|a lot))*[\\s.,!]*");

    /** The fewest words of what is left after the thanks for it to be a question of its own. */
    private static final int QUESTION_WORDS = 3;

    private final ReportQueue queue;
    private final Texts texts;
    private final Menus menus;
    private final Clock clock;

    AfterReport(ReportQueue queue, Texts texts, Menus menus, Clock clock) {
        this.queue = queue;
        this.texts = texts;
        this.menus = menus;
        this.clock = clock;
    }

    @Override
    public Optional<List<Reply>> respond(Turn turn, Analysis analysis) {
        if (!(turn.message().content() instanceof Content.Text typed)
                || turn.state().active() != null) {
            return Optional.empty();
        }
        String text = typed.text().toLowerCase(Locale.ROOT);
        boolean when = WHEN_ACT.matcher(text).find();
        boolean wages = WAGES_OWED.matcher(text).find();
        boolean whereNow = WHERE_NOW.matcher(text).find();
        boolean thanked = THANKS_OR_PLEA.matcher(text).find();
        if (!when && !wages && !whereNow && !thanked) {
            return Optional.empty();
        }
        if (!when && !wages && !whereNow && otherQuestion(text)) {
            // "makasih kak. kalau mau kerja ke malaysia, syaratnya apa?": the thanks is a courtesy,
            // the question gets its own answer (trial 17, D2).
            return Optional.empty();
        }
        String reporter = turn.message().userPseudonym();
        Optional<PublicStatus> recent =
                reporter == null
                        ? Optional.empty()
                        : queue.ofReporter(reporter, 1).stream()
                                .findFirst()
                                .filter(s -> s.lastUpdate().isAfter(clock.instant().minus(RECENT)));
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        String lang = turn.language();
        String code = recent.get().code();
        StringBuilder body = new StringBuilder(texts.get(lang, "afterreport.with", code));
        if (whereNow) {
            // Where to go now and where the police are: answered, not only thanked (D2).
            body.append("\n\n").append(texts.get(lang, "afterreport.where"));
        }
        if (wages) {
            body.append("\n\n").append(texts.get(lang, "afterreport.wages", code));
        } else if (when || DEPARTURE.matcher(text).find()) {
            body.append("\n\n").append(texts.get(lang, "afterreport.departure", code));
        } else if (!whereNow && FAMILY.matcher(text).find()) {
            body.append("\n\n").append(texts.get(lang, "afterreport.family"));
        }
        body.append("\n\n").append(texts.get(lang, "afterreport.next", code));
        return Optional.of(List.of(Reply.withButtons(body.toString(), menus.mainKeyboard(lang))));
    }

    /**
     * Whether, with the thanks taken out, {@code text} still asks a question of its own (not a plea
     * to find someone, which the family lines answer).
     */
    private static boolean otherQuestion(String text) {
        // Every opening courtesy first ("makasih banyak kaka, Tuhan berkati.": trial 18, D5).
        String rest = THANKS.matcher(Courtesy.without(text)).replaceAll(" ").strip();
        return Questions.words(rest) >= QUESTION_WORDS
                && Questions.isQuestion(rest)
                && !FINDING.matcher(rest).find()
                && !THANKS_OR_PLEA.matcher(rest).find();
    }
}
