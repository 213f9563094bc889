package id.migrasiaman.conversation;

import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Greetings get a friendly hello and the menu; unrelated questions a polite note and the menu. */
@Configuration
class SmallTalkResponder {

    @Bean
    IntentResponder greetingResponder(Texts texts, Menus menus) {
        return responder(Intent.GREETING, "greeting.reply", texts, menus);
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
