package id.migrasiaman.answers;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.Words;
import id.migrasiaman.conversation.flows.OfferState;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A marriage abroad arranged by others: "dia kasi mahar 20 juta ke mama bapa", "tanta urus tiket,
 * nanti langsung nikah terus ke malaysia" (trial 16, D2). It was checked as a job offer: "no
 * contract", "check the agency's licence", which do not apply to a marriage, and "aman ko?" was
 * never answered. The answer says plainly that it is no job offer and not safe to assume safe,
 * names the pattern our sources describe (money to the family and a trip arranged by others: UU
 * 21/2007 counts payment to whoever controls a person as a means of trafficking, FACTS 1.7 and §6;
 * a relative as recruiter, §6; social media, §6 and 12.9), what to do, and SAPA 129 and Police 110
 * (5.2, 5.3). Our sources have nothing on marriage brokers as such, so nothing more is said.
 */
@Component
// Before the offer checked in context (9): a marriage is no job offer.
@Order(8)
class MarriageLure implements MessageInterceptor {

    static final int MAX_WORDS = 80;

    /** The topic remembered after the answer: follow-ups about money to the family land there. */
    static final String TOPIC = "uang-sirih";

    private static final Pattern MARRIAGE =
            Pattern.compile(
                    " (kawin|dikawinkan|kawinkan|menikah|nikah|dinikahkan|nikahkan|mahar|pengantin"
                            + "|dilamar|melamar|lamaran|jodoh|calon suami|dapat suami|cari suami"
                            + "|marry|married|marriage|bride|wedding|dowry) ");

    /** Abroad, or on the way there. */
    private static final Pattern ABROAD =
            Pattern.compile(
                    " (malaysia|singapura|singapore|hong kong|hongkong|taiwan|brunei|china|cina"
                            + "|tiongkok|korea|jepang|japan|arab|saudi|luar negeri|di luar|ke luar"
                            + "|abroad|overseas) ");

    /** Money to the family, or someone else arranging the trip. */
    private static final Pattern ARRANGED =
            Pattern.compile(
                    " (mahar|uang|doi|duit|juta|tiket|ticket|tiketnya|urus|mengurus|diurus|atur"
                            + "|mengatur|diatur|bawa|dibawa|jemput|dijemput|money|dowry|pays|paid"
                            + "|arrange|arranges|arranged|ticket) ");

    /** Papers for a marriage or for a worker's marital status: a question about documents. */
    private static final Pattern PAPERS =
            Pattern.compile(
                    " (surat nikah|buku nikah|akta nikah|status perkawinan|izin suami|izin istri"
                            + "|marriage certificate|marital status) ");

    private static final Pattern SOCIAL =
            Pattern.compile(
                    " (facebook|fb|instagram|ig|tiktok|whatsapp|wa|medsos|online|internet|chat) ");

    private final Texts texts;
    private final Menus menus;
    private final Clock clock;

    MarriageLure(Texts texts, Menus menus, Clock clock) {
        this.texts = texts;
        this.menus = menus;
        this.clock = clock;
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        if (!(turn.message().content() instanceof Content.Text typed)
                || (turn.state().active() != null
                        && !(turn.state().active() instanceof OfferState))) {
            return Optional.empty();
        }
        String padded = Words.padded(typed.text());
        if (Questions.words(typed.text()) > MAX_WORDS
                || !MARRIAGE.matcher(padded).find()
                || !ABROAD.matcher(padded).find()
                || !ARRANGED.matcher(padded).find()
                || PAPERS.matcher(padded).find()) {
            return Optional.empty();
        }
        String lang = turn.language();
        if (turn.state().active() != null) {
            // Pasted at "send the offer": answered here, the offer check is over.
            turn.update(turn.state().withoutFlow());
        }
        boolean told = toldBefore(turn);
        AnswerContext.rememberTopic(turn, TOPIC, typed.text(), clock.instant());
        StringBuilder html = new StringBuilder();
        if (told) {
            html.append(texts.get(lang, "marriage.again"));
        } else {
            html.append(texts.get(lang, "marriage.lure"));
            if (SOCIAL.matcher(padded).find()) {
                html.append("\n").append(texts.get(lang, "marriage.social"));
            }
            html.append("\n\n").append(texts.get(lang, "marriage.do"));
        }
        html.append("\n\n").append(texts.get(lang, "marriage.help"));
        return Optional.of(
                List.of(
                        Reply.withButtons(
                                html.toString(),
                                List.of(
                                        List.of(
                                                new Reply.Button(
                                                        texts.get(lang, "menu.report"),
                                                        Menus.REPORT)),
                                        List.of(menus.backButton(lang))))));
    }

    /** Whether this answer was just given (then "aman ko?" gets the short answer, not it again). */
    private boolean toldBefore(Turn turn) {
        return AnswerContext.recall(turn.state(), clock.instant())
                .filter(r -> TOPIC.equals(r.topicId()))
                .filter(r -> MARRIAGE.matcher(Words.padded(r.question())).find())
                .isPresent();
    }
}
