package id.migrasiaman.answers;

import id.migrasiaman.conversation.AnswerFirst;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.Words;
import id.migrasiaman.conversation.choices.Destination;
import id.migrasiaman.knowledge.Answers;
import id.migrasiaman.nlp.Analysis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A worker abroad who says hello and who she is ("halo kak, aku PRT di hong kong", "hi, I'm a
 * helper in Singapore") has asked nothing yet: she is greeted, her situation is acknowledged, and
 * she is asked what she needs, with the topics a worker abroad most often needs as buttons. Before
 * this the words "PRT" and "Hong Kong" found the emergency-numbers card (chat trial, round 15).
 * Where she is is remembered by the safety layer for a later emergency; nothing is stored here.
 */
@Component
@Order(1)
class WorkerAbroadGreeting implements AnswerFirst {

    /** The topics a worker abroad may need, in the order of the buttons. */
    static final List<String> TOPICS =
            List.of(
                    "rights-abroad",
                    "placement-loan-abroad",
                    "unpaid-wages-abroad",
                    "lost-passport-abroad",
                    "help-abroad",
                    "remittance",
                    "return-reintegration");

    /** The longest message read as a greeting with an introduction. */
    private static final int MAX_WORDS = 16;

    /** How many words of something else an introduction may carry ("baru", "sini"). */
    private static final int OTHER_WORDS = 2;

    /** The writer, then a few words (a job, "lagi"), then "in" and the place. */
    private static final Pattern SELF_THERE =
            Pattern.compile(
                    "\\b(aku|saya|sy|beta|sa|ak|gue|gw|kami|katong|i|im|we)\\b( \\S+){0,4}?"
                            + " (di|d|in|at)\\b");

    /** A plan, a past or a negation: not where the writer is now. */
    private static final Pattern NOT_THERE_NOW =
            Pattern.compile(
                    "\\b(mau|ingin|pengen|pingin|rencana|akan|calon|belum|blm|want|wanna|plan"
                            + "|planning|going|would|bukan|bkn|not|tidak|tdk|ga|gak|nggak|sonde|son"
                            + "|dulu|pernah|was|were|used|pulang|returned|ago|lalu)\\b");

    /** Words an introduction is made of; anything else beyond a word or two is a message. */
    private static final Set<String> INTRODUCTION =
            Set.copyOf(
                    Arrays.asList(
                            ("halo hallo hai hay hi hello helo pagi siang sore malam selamat met kak kaka"
                                            + " kakak ka sis min admin mbak mba bu ibu pak bapak om tante"
                                            + " maaf permisi salam shalom assalamualaikum good morning"
                                            + " afternoon evening there aku saya sy beta sa ak gue gw"
                                            + " kami katong i im am a an m we are ini adalah seorang"
                                            + " sebagai as prt tkw tki pmi bmi art asisten rumah tangga"
                                            + " pekerja migran domestik domestic helper maid worker"
                                            + " caregiver perawat lansia pengasuh nanny kerja bekerja"
                                            + " karja working work tinggal live living stay staying"
                                            + " lagi sedang sekarang skrg now currently here di d in at"
                                            + " sudah udah udh sdh su sejak since for udah baru"
                                            + " tahun thn taun bulan bln minggu hari year years month"
                                            + " months week weeks hehe hihi yaa ya dong nih")
                                    .split(" ")));

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final Answers answers;
    private final Texts texts;
    private final Menus menus;

    WorkerAbroadGreeting(Answers answers, Texts texts, Menus menus) {
        this.answers = answers;
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public Optional<List<Reply>> answer(Turn turn, Analysis analysis) {
        Optional<String> country = introducedAbroad(analysis);
        if (country.isEmpty()) {
            return Optional.empty();
        }
        String lang = turn.language();
        String where = Destination.name(country.get(), lang);
        return Optional.of(
                List.of(
                        Reply.withButtons(
                                texts.get(lang, "greeting.abroad", where), buttons(lang))));
    }

    /**
     * The country a greeting places its writer in ("aku PRT di hong kong"), when the message says
     * nothing else: no question, no plan, no red flag, no amount, only the words of an
     * introduction.
     */
    static Optional<String> introducedAbroad(Analysis analysis) {
        String text = analysis.text() == null ? "" : analysis.text();
        String plain = Words.plain(text);
        List<String> countries = analysis.entities().destinations();
        if (countries.size() != 1
                || Questions.isQuestion(text)
                || Questions.words(text) > MAX_WORDS
                || !analysis.flags().isEmpty()
                || !analysis.entities().amounts().isEmpty()
                || !SELF_THERE.matcher(plain).find()
                || NOT_THERE_NOW.matcher(plain).find()) {
            return Optional.empty();
        }
        long other =
                Arrays.stream(plain.split(" "))
                        .filter(w -> !INTRODUCTION.contains(w) && !NUMBER.matcher(w).matches())
                        .filter(w -> !placeWord(w, plain))
                        .count();
        return other <= OTHER_WORDS ? Optional.of(countries.get(0)) : Optional.empty();
    }

    /** A word of the place named after "di"/"in" ("hong", "kong", "kota", "kinabalu"). */
    private static boolean placeWord(String word, String plain) {
        return Pattern.compile("\\b(di|d|in|at) (\\S+ ){0,2}?" + Pattern.quote(word) + "\\b")
                .matcher(plain)
                .find();
    }

    private List<List<Reply.Button>> buttons(String lang) {
        List<List<Reply.Button>> rows = new ArrayList<>();
        List<Reply.Button> row = new ArrayList<>();
        for (String id : TOPICS) {
            answers.answer(id, lang)
                    .ifPresent(a -> row.add(new Reply.Button(a.label(), AnswerReplies.TOPIC + id)));
            if (row.size() == 2) {
                rows.add(List.copyOf(row));
                row.clear();
            }
        }
        if (!row.isEmpty()) {
            rows.add(List.copyOf(row));
        }
        rows.add(
                List.of(
                        new Reply.Button(texts.get(lang, "menu.emergency"), Menus.EMERGENCY),
                        new Reply.Button(texts.get(lang, "menu.report"), Menus.REPORT)));
        rows.add(List.of(menus.backButton(lang)));
        return rows;
    }
}
