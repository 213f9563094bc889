package id.migrasiaman.answers;

import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.Words;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A worker abroad who is hurt or in hospital now, asks who pays for the treatment, or asks how to
 * go home (trial 16, D4: a construction worker in Johor, fallen from scaffolding, unpaid, passport
 * held). He was offered to "share his story", then given the placement-fee topic, and "how do I get
 * home to Kupang?" got no answer. Now he hears what our sources say and whom to ask: the work
 * accident cover (JKK) of BPJS Ketenagakerjaan, the mission of his country, KP2MI, his agency; and
 * for going home, that our sources have no steps for it, whom to ask, the passport, no irregular
 * crossing, BP3MI NTT. Only for someone placed abroad ({@code ConversationState.whereabouts}).
 */
@Component
// Before the guide's and the route's own questions (47, 48): a person abroad is past the route.
@Order(45)
class HardshipAbroad implements MessageInterceptor {

    static final int MAX_WORDS = 60;

    /** The topic remembered after the answer to a hurt worker (his next BPJS question). */
    static final String HURT_TOPIC = "social-security";

    /** Hurt, ill or in hospital. */
    private static final Pattern HURT =
            Pattern.compile(
                    " (jatuh|kecelakaan|kecelakaan kerja|celaka|luka|terluka|patah|cedera|cidera"
                            + "|dirawat|rumah sakit|opname|dioperasi|operasi|hospital|hospitalised"
                            + "|hospitalized|injured|injury|accident|broken|hurt) ");

    /** Now, not a story of the past. */
    private static final Pattern NOW =
            Pattern.compile(
                    " (sekarang|skrg|skrang|masih|lagi|sedang|belum sembuh|di rumah sakit|di rs"
                            + "|now|still|currently|in hospital|in the hospital) ");

    /** Who pays for treatment. */
    private static final Pattern CARE_COST =
            Pattern.compile(
                    " (biaya|bayar|membayar|tanggung|menanggung|ongkos|pay|pays|paying|cost|costs"
                            + "|bill|bills|cover|covers)( \\S+){0,3}"
                            + " (perawatan|rumah sakit|rs|berobat|pengobatan|operasi|dokter|obat"
                            + "|treatment|hospital|medical|doctor|surgery) ");

    /** How to go home. */
    private static final Pattern HOME =
            Pattern.compile(
                    " (cara|bagaimana|gimana|gmn|bgmn|karmana|bisa|mau|ingin|how)( \\S+){0,3}"
                            + " (pulang|balik ke (kupang|indonesia|kampung|ntt)|go home|get home"
                            + "|return home|fly home|return to indonesia) ");

    /** Going again or a contract running out: another answer ({@link ContractEndsAbroad}). */
    private static final Pattern AND_BACK =
            Pattern.compile(" (balik lagi|kembali lagi|berangkat lagi|come back|go back again) ");

    /** A day off ("hari libur", "rest day"). */
    private static final Pattern DAY_OFF =
            Pattern.compile(
                    " (hari libur|libur|liburan|cuti|off day|day off|days off|rest day|rest days"
                            + "|holiday|holidays) ");

    /** Not given, or fewer than promised ("blm pernah dapat", "cuma 1x sebulan", "never"). */
    private static final Pattern NOT_GIVEN =
            Pattern.compile(
                    " (belum|blm|blum|tidak|tdk|tak|gak|ga|nggak|ngga|enggak|sonde|son|never|no|not"
                            + "|cuma|cm|hanya|only|jarang|rarely|dilarang|larang) ");

    /** Bringing a body home: the death-abroad topic's question. */
    private static final Pattern REMAINS =
            Pattern.compile(" (jenazah|jenasah|mayat|almarhum|almarhumah|body|coffin|remains) ");

    private final Texts texts;
    private final Menus menus;
    private final Clock clock;

    HardshipAbroad(Texts texts, Menus menus, Clock clock) {
        this.texts = texts;
        this.menus = menus;
        this.clock = clock;
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        Optional<String> country = Abroad.country(turn);
        Optional<String> typed = Abroad.shortTypedText(turn, MAX_WORDS);
        if (country.isEmpty() || typed.isEmpty()) {
            return Optional.empty();
        }
        String text = typed.get();
        String padded = Words.padded(text);
        String lang = turn.language();
        if (CARE_COST.matcher(padded).find()
                || (HURT.matcher(padded).find() && NOW.matcher(padded).find())) {
            boolean again = hurtAnswered(turn);
            AnswerContext.rememberTopic(turn, HURT_TOPIC, text, clock.instant());
            return Optional.of(List.of(again ? hurtAgain(lang) : hurt(lang, country.get())));
        }
        if (DAY_OFF.matcher(padded).find() && NOT_GIVEN.matcher(padded).find()) {
            AnswerContext.rememberTopic(turn, "rights-abroad", text, clock.instant());
            return Optional.of(List.of(dayOff(lang, country.get())));
        }
        if (HOME.matcher(padded).find()
                && !AND_BACK.matcher(padded).find()
                && !REMAINS.matcher(padded).find()
                && Questions.isQuestion(text)) {
            AnswerContext.rememberTopic(turn, "return-reintegration", text, clock.instant());
            return Optional.of(List.of(home(lang, country.get())));
        }
        return Optional.empty();
    }

    /** Whether the hurt worker's answer was just given: then only what was asked, not it all. */
    private boolean hurtAnswered(Turn turn) {
        return AnswerContext.recall(turn.state(), clock.instant())
                .filter(r -> HURT_TOPIC.equals(r.topicId()))
                .map(r -> Words.padded(r.question()))
                .filter(q -> HURT.matcher(q).find() || CARE_COST.matcher(q).find())
                .isPresent();
    }

    private Reply hurtAgain(String lang) {
        String html =
                texts.get(lang, "abroad.hurt.again")
                        + "\n"
                        + texts.get(lang, "abroad.hurt.cost")
                        + "\n"
                        + texts.get(lang, "abroad.hurt.ask");
        return AnswerReplies.withTopic(
                html,
                texts.get(lang, "abroad.hurt.card"),
                "unpaid-wages-abroad",
                menus.backButton(lang));
    }

    private Reply hurt(String lang, String country) {
        String html =
                texts.get(lang, "abroad.hurt")
                        + "\n"
                        + texts.get(lang, "abroad.hurt.cost")
                        + "\n"
                        + texts.get(lang, "abroad.hurt.wages")
                        + "\n"
                        + Abroad.mission(texts, lang, country)
                        + "\n"
                        + texts.get(lang, "abroad.hurt.end");
        return AnswerReplies.withTopic(
                html,
                texts.get(lang, "abroad.hurt.card"),
                "unpaid-wages-abroad",
                menus.backButton(lang));
    }

    /**
     * No day off, or fewer than the contract says (trial 18, D16: a domestic worker in Singapore
     * without a day off for seven months was greeted; trial 17, D12 the same in Hong Kong). The
     * rest-day rule of each country is not in our sources: what the contract says, that it is a
     * problem with the employer to raise, and whom to call in her country (FACTS §11).
     */
    private Reply dayOff(String lang, String country) {
        return withMission(lang, country, "abroad.dayoff", "rights-abroad");
    }

    private Reply home(String lang, String country) {
        return withMission(lang, country, "abroad.home", "return-reintegration");
    }

    /**
     * The text {@code key}, the mission of {@code country}, the text {@code key.end}, and the card
     * {@code key.card} of {@code topic}.
     */
    private Reply withMission(String lang, String country, String key, String topic) {
        String html =
                texts.get(lang, key)
                        + "\n"
                        + Abroad.mission(texts, lang, country)
                        + "\n"
                        + texts.get(lang, key + ".end");
        return AnswerReplies.withTopic(
                html, texts.get(lang, key + ".card"), topic, menus.backButton(lang));
    }
}
