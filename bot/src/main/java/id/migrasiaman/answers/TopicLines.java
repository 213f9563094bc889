package id.migrasiaman.answers;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.SituationResponder;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.Words;
import id.migrasiaman.nlp.Analysis;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Short questions a topic answers in a line or two that retrieval does not find: "SKCK bikin di
 * mana?" (a line of the documents topic's "more", FACTS 10.10–10.11) and "apa bedanya calo dengan
 * P3MI?" (the licensed-agency and red-flags topics, FACTS 3, 6). Answered under the title of the
 * topic whose question it is, with those lines and their sources: new topics or new topic questions
 * for them moved retrieval's answers to dev-set near-misses (round 21). Also a situation, so "tlg"
 * in front does not turn the question into the weak-danger wall.
 */
@Component
@Order(48)
class TopicLines implements MessageInterceptor, SituationResponder {

    static final int MAX_WORDS = 20;

    private static final Pattern SKCK = Pattern.compile(" (skck|police certificate) ");

    /** What is asked about it: where, how, the fee, the requirements, how long it is valid. */
    private static final Pattern SKCK_ASPECT =
            Pattern.compile(
                    " (di mana|dimana|dmn|mana|where|bikin|bikinnya|buat|buatnya|urus|urusnya"
                            + "|mengurus|membuat|bekin|karmana|bagaimana|gimana|gmn|how|get|biaya"
                            + "|biayanya|berapa|brp|barapa|cost|fee|syarat|syaratnya|requirements"
                            + "|berlaku|valid|polres|polsek) ");

    /** Another document or cost in the same question: the documents or costs topic's question. */
    private static final Pattern OTHER_SUBJECT =
            Pattern.compile(
                    " (paspor|passport|medical|mcu|bpjs|visa|tiket|ticket|ditanggung|tanggung) ");

    /**
     * What the certificate is for: a job, an application. Without going abroad named, such an SKCK
     * is for a job at home (every writer's near-misses have one), so only a bare question is ours.
     */
    private static final Pattern PURPOSE =
            Pattern.compile(
                    " (untuk|utk|for|par|guna|keperluan|lamar|melamar|daftar|mendaftar|apply|kerja"
                            + "|karja|job|work) ");

    private static final Pattern ABROAD =
            Pattern.compile(
                    " (luar negeri|ln|abroad|overseas|pi karja|ke luar|malaysia|taiwan|hong kong"
                            + "|hongkong|singapura|singapore|jepang|japan|korea|saudi|pmi|cpmi|tki"
                            + "|tkw|migran|migrant) ");

    private static final Pattern DIFFERENCE =
            Pattern.compile(
                    " (beda|bedanya|perbedaan|bedain|bedakan|membedakan|difference|different"
                            + "|differ|vs|versus) ");

    private static final Pattern BROKER =
            Pattern.compile(" (calo|sponsor|broker|brokers|perekrut|tekong) ");

    private static final Pattern AGENCY =
            Pattern.compile(
                    " (p3mi|pjtki|pptkis|sip3mi|pt|perusahaan penempatan|agen resmi|agensi resmi"
                            + "|licensed agency|licensed agencies|licensed p3mi|licensed recruiter) ");

    /** A broker of everyday things: tickets, land, a driving licence, vehicle papers. */
    private static final Pattern EVERYDAY =
            Pattern.compile(
                    " (tiket|ticket|tickets|sim|tanah|land|konser|concert|kereta|stnk|bpkb|motor"
                            + "|mobil|car|rumah|house|parkir|parking) ");

    /** Work, not a pilgrimage or a visit: the Middle East asked about as a job. */
    private static final Pattern WORK =
            Pattern.compile(
                    " (kerja|karja|bekerja|kerjanya|work|working|job|jobs|pmi|tki|tkw|prt) ");

    /**
     * "Kalau anak sy mau kerja resmi di Saudi, ada jalannya kah?": a legal way to the Middle East
     * asked (trial 18, D11); the middle-east topic's card, whose answer is the moratorium.
     */
    private static final Pattern MIDDLE_EAST =
            Pattern.compile(
                    " (saudi|arab|timur tengah|middle east|qatar|kuwait|uae|dubai|abu dhabi|oman"
                            + "|bahrain|yordania|jordan) ");

    private static final Pattern LEGAL_WAY =
            Pattern.compile(
                    " (resmi|legal|legally|officially)( \\S+){0,8} (jalan|jalannya|jalur|jalurnya"
                            + "|cara|caranya|way|route|bisa|boleh|can|possible) |"
                            + " (jalan|jalannya|jalur|jalurnya|cara|caranya|way|route)( \\S+){0,3}"
                            + " (resmi|legal) ");

    /** One kind of question: how it is recognised, its text (none: the topic's card), its topic. */
    private record Line(
            Predicate<String> asks, String textKey, String headTopic, String cardTopic) {}

    private static final List<Line> LINES =
            List.of(
                    new Line(TopicLines::skckAsked, "skck", "documents", "documents"),
                    new Line(
                            p ->
                                    DIFFERENCE.matcher(p).find()
                                            && BROKER.matcher(p).find()
                                            && AGENCY.matcher(p).find()
                                            && !EVERYDAY.matcher(p).find(),
                            "broker.agency",
                            "licensed-agency",
                            "red-flags"),
                    new Line(
                            p ->
                                    MIDDLE_EAST.matcher(p).find()
                                            && LEGAL_WAY.matcher(p).find()
                                            && WORK.matcher(p).find(),
                            null,
                            "middle-east",
                            "middle-east"));

    private final AnswerReplies cards;
    private final Texts texts;
    private final Menus menus;

    TopicLines(AnswerReplies cards, Texts texts, Menus menus) {
        this.cards = cards;
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        if (turn.state().active() != null
                || !(turn.message().content() instanceof Content.Text typed)
                || Questions.words(typed.text()) > MAX_WORDS) {
            return Optional.empty();
        }
        String padded = Words.padded(Questions.withoutRequest(typed.text()));
        return LINES.stream()
                .filter(l -> l.asks().test(padded))
                .findFirst()
                .flatMap(l -> reply(l, turn));
    }

    @Override
    public Optional<List<Reply>> respond(Turn turn, Analysis analysis) {
        return intercept(turn);
    }

    /** An SKCK question for the route: none other purpose, document or cost named with it. */
    private static boolean skckAsked(String padded) {
        return SKCK.matcher(padded).find()
                && SKCK_ASPECT.matcher(padded).find()
                && !OTHER_SUBJECT.matcher(padded).find()
                && DomainTerms.named(padded)
                && (ABROAD.matcher(padded).find() || !PURPOSE.matcher(padded).find());
    }

    private Optional<List<Reply>> reply(Line line, Turn turn) {
        String lang = turn.language();
        if (line.textKey() == null) {
            return cards.answer(turn, line.headTopic());
        }
        String head = cards.titleLine(line.headTopic(), lang);
        return Optional.of(
                List.of(
                        AnswerReplies.withTopic(
                                head + texts.get(lang, line.textKey() + ".answer"),
                                texts.get(lang, line.textKey() + ".button"),
                                line.cardTopic(),
                                menus.backButton(lang))));
    }
}
