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

    @Bean
    IntentResponder greetingResponder(Texts texts, Menus menus) {
        return new IntentResponder() {
            @Override
            public Intent intent() {
                return Intent.GREETING;
            }

            @Override
            public List<Reply> respond(Turn turn, Analysis analysis) {
                String key =
                        THANKS.matcher(analysis.text()).find()
                                ? "greeting.thanks"
                                : "greeting.reply";
                return List.of(
                        Reply.withButtons(
                                texts.get(turn.language(), key),
                                menus.mainKeyboard(turn.language())));
            }
        };
    }

    @Bean
    IntentResponder outOfScopeResponder(Texts texts, Menus menus) {
        return responder(Intent.OUT_OF_SCOPE, "outofscope.reply", texts, menus);
    }

    private static IntentResponder responder(Intent intent, String key, Texts texts, Menus menus) {
        return new IntentResponder() {
            @Override
            public Intent intent() {
                return intent;
            }

            @Override
            public List<Reply> respond(Turn turn, Analysis analysis) {
                return List.of(
                        Reply.withButtons(
                                texts.get(turn.language(), key),
                                menus.mainKeyboard(turn.language())));
            }
        };
    }
}
