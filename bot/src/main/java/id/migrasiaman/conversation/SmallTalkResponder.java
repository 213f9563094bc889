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

    /** Words that greet ("pagi kak", "p", "halo min", "assalamualaikum"). */
    private static final Pattern GREETS =
            Pattern.compile(
                    "(?iu)\\b(selamat|slamat|pagi|siang|sore|malam|hei|hey|helo|hola|oi|woi|ping|p"
                            + "|test|tes|assalam\\w*|salam|horas|met|good\\s+(morning|afternoon|evening)"
                            + "|yo|sup)\\b");

    /**
     * What an opener is made of when it asks nothing yet: a form of address, "I", and the wish to
     * ask ("ba'i, beta mau tanya sadiki", "kk", "can I ask something").
     */
    private static final Pattern OPENER_WORDS =
            Pattern.compile(
                    "(?iu)\\b(kk|kak|kaka|kakak|ka|min|admin|mimin|bang|bro|sis|om|tanta|tante|ba'?i"
                            + "|nene|oma|opa|pak|bu|ibu|bapak|mas|mba|mbak|nona|nyong|sir|madam"
                            + "|sa|sy|saya|beta|aku|ak|i|mau|mo|boleh|bole|bisa|ingin|pengen|numpang"
                            + "|tanya|bertanya|nanya|tanya2|sadiki|sedikit|dikit|sesuatu|dong|ya|nih"
                            + "|ini|can|may|want|like|would|to|ask|a|question|something)\\b");

    /**
     * Whether {@code text} greets at all: a fragment the model took for a greeting ("ini oma",
     * "taku dia mati ko apa": trial 18, D27) gets no second "Halo!", but a request to say more.
     */
    static boolean greets(String text) {
        return text.chars().noneMatch(Character::isLetter)
                || !Courtesy.without(text).equals(text.strip())
                || GREETS.matcher(text).find();
    }

    /**
     * Whether {@code text} opens a conversation and asks nothing yet: only a form of address and
     * the wish to ask are in it.
     */
    static boolean opener(String text) {
        String rest =
                OPENER_WORDS.matcher(text).replaceAll(" ").replaceAll("[\\p{P}\\p{S}\\s]+", "");
        return rest.isEmpty() && text.chars().anyMatch(Character::isLetter);
    }

    @Bean
    IntentResponder greetingResponder(Texts texts, Menus menus, GreetedLast greetedLast) {
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
                return hello(turn, analysis.text(), texts, menus, greetedLast);
            }
        };
    }

    @Bean
    IntentResponder outOfScopeResponder(Texts texts, Menus menus, GreetedLast greetedLast) {
        return new IntentResponder() {
            @Override
            public Intent intent() {
                return Intent.OUT_OF_SCOPE;
            }

            @Override
            public List<Reply> respond(Turn turn, Analysis analysis) {
                // "aku mau nanya kak" asks nothing yet: no refusal, but "go ahead".
                return opener(analysis.text())
                        ? hello(turn, analysis.text(), texts, menus, greetedLast)
                        : outOfScope(turn, analysis, texts, menus);
            }
        };
    }

    /**
     * Thanks get "you're welcome"; a greeting or an opener gets one hello, never a second in a row,
     * and an opener that asks nothing is asked to go on; anything else is asked to say more.
     */
    private static List<Reply> hello(
            Turn turn, String text, Texts texts, Menus menus, GreetedLast greetedLast) {
        String lang = turn.language();
        if (THANKS.matcher(text).find()) {
            return List.of(
                    Reply.withButtons(
                            texts.get(lang, "greeting.thanks"), menus.mainKeyboard(lang)));
        }
        boolean opens = greets(text) || opener(text);
        String html;
        if (!opens) {
            html = texts.get(lang, "greeting.unclear");
        } else if (greetedLast.justGreeted(turn)) {
            html = texts.get(lang, "greeting.ask");
        } else {
            greetedLast.greeted(turn);
            html = texts.get(lang, "greeting.reply");
            html += opener(text) ? "\n" + texts.get(lang, "greeting.ask") : "";
        }
        return List.of(Reply.withButtons(html, menus.mainKeyboard(lang)));
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
