package id.migrasiaman.conversation;

import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Greetings get a friendly hello and the menu (thanks get "you're welcome", not a second hello);
 * unrelated questions a polite note and the menu.
 */
@Configuration
class SmallTalkResponder {

    /** Thanks in Indonesian, chat spelling, Kupang Malay and English. */
    static final Pattern THANKS =
            Pattern.compile(
                    "(?iu)\\b(t[e]?r[i]?ma ?ka?s[i]?h?|makasi+h?|maka?se+h?|mksh|mks|trims|thx|thanks?"
                            + "|thank ?(you|u)|tq|tengkyu|makasi banya?k)\\b");

    /**
     * Words that greet or call someone ("pagi kak", "p", "halo min", Kupang "ba'i"), or open a
     * conversation ("beta mau tanya sadiki").
     */
    private static final Pattern GREETS =
            Pattern.compile(
                    "(?iu)\\b(selamat|slamat|pagi|siang|sore|malam|hei|hey|helo|hola|oi|woi|ping|p|kk|kak|kaka|kakak"
                            + "|min|admin|bang|bro|sis|om|tanta|tante|test|tes|assalam\\w*|salam|horas"
                            + "|met|good\\s+(morning|afternoon|evening)|yo|sup|ba'?i"
                            + "|(mau|mo|boleh|bole|ingin) tanya|(want|like) to ask|can i ask)\\b");

    /**
     * Whether {@code text} greets at all: a fragment the model took for a greeting ("ini oma",
     * "taku dia mati ko apa": trial 18, D27) gets no second "Halo!", but a request to say more.
     */
    static boolean greets(String text) {
        return text.chars().noneMatch(Character::isLetter)
                || !Courtesy.without(text).equals(text.strip())
                || GREETS.matcher(text).find();
    }

    @Bean
    IntentResponder greetingResponder(Texts texts, Menus menus) {
        return new IntentResponder() {
            @Override
            public Intent intent() {
                return Intent.GREETING;
            }

            @Override
            public List<Reply> respond(Turn turn, Analysis analysis) {
                if (EverydayPointers.askedInsteadOfGreeting(analysis.text())) {
                    // "KK sa salah nama, bisa ganti di dukcapil?" is a question, no hello (D19).
                    return outOfScope(turn, analysis, texts, menus);
                }
                String key =
                        THANKS.matcher(analysis.text()).find()
                                ? "greeting.thanks"
                                : greets(analysis.text()) ? "greeting.reply" : "greeting.unclear";
                return List.of(
                        Reply.withButtons(
                                texts.get(turn.language(), key),
                                menus.mainKeyboard(turn.language())));
            }
        };
    }

    @Bean
    IntentResponder outOfScopeResponder(Texts texts, Menus menus) {
        return new IntentResponder() {
            @Override
            public Intent intent() {
                return Intent.OUT_OF_SCOPE;
            }

            @Override
            public List<Reply> respond(Turn turn, Analysis analysis) {
                return outOfScope(turn, analysis, texts, menus);
            }
        };
    }

    /**
     * The polite refusal, with a one-line pointer to the public service when the question names one
     * ({@link EverydayPointers}, trial 16 D19); it always starts with the refusal itself, which the
     * emergency replies recognise and leave out.
     */
    private static List<Reply> outOfScope(Turn turn, Analysis analysis, Texts texts, Menus menus) {
        String lang = turn.language();
        StringBuilder html = new StringBuilder(texts.get(lang, "outofscope.reply"));
        List<String> pointers = EverydayPointers.keys(analysis.text());
        for (String pointer : pointers) {
            html.append("\n👉 ").append(texts.get(lang, pointer));
        }
        html.append(pointers.isEmpty() ? " " : "\n")
                .append(
                        texts.get(
                                lang,
                                pointers.isEmpty() ? "outofscope.choose" : "outofscope.else"));
        return List.of(Reply.withButtons(html.toString(), menus.mainKeyboard(lang)));
    }
}
