package id.migrasiaman.answers;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.CommandAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /topik} and the menu's "learn the legal way" list the topics; a topic button answers it.
 */
@Configuration(proxyBeanMethods = false)
class TopicButtons {

    @Bean
    CommandAction topicsCommand(AnswerReplies replies) {
        return new CommandAction() {
            @Override
            public Set<String> commands() {
                return Set.of("topik", "topics", "info");
            }

            @Override
            public List<Reply> run(Turn turn, Content.Command command) {
                return List.of(replies.topicMenu(turn.language(), "topics.intro"));
            }
        };
    }

    @Bean
    ButtonAction learnButton(AnswerReplies replies) {
        return button(
                Menus.LEARN,
                String::isEmpty,
                (turn, value) -> List.of(replies.topicMenu(turn.language(), "topics.intro")));
    }

    @Bean
    ButtonAction topicButton(AnswerReplies replies, Menus menus, Clock clock) {
        return button(
                AnswerReplies.TOPIC,
                TopicButtons::topicId,
                (turn, id) -> {
                    Optional<List<Reply>> answer = replies.answer(turn, id);
                    answer.ifPresent(
                            a -> AnswerContext.rememberTopic(turn, id, "", clock.instant()));
                    return answer.orElseGet(() -> List.of(menus.main(turn.language())));
                });
    }

    @Bean
    ButtonAction moreButton(AnswerReplies replies, Menus menus) {
        return button(
                AnswerReplies.MORE,
                TopicButtons::topicId,
                (turn, id) ->
                        replies.more(id, turn.language())
                                .orElseGet(() -> List.of(menus.main(turn.language()))));
    }

    /** Topic ids are lowercase words with dashes; anything else never came from a topic button. */
    static boolean topicId(String value) {
        return value.matches("[A-Za-z0-9_.-]{1,50}");
    }

    private static ButtonAction button(
            String prefix,
            java.util.function.Predicate<String> offered,
            java.util.function.BiFunction<Turn, String, List<Reply>> action) {
        return new ButtonAction() {
            @Override
            public String prefix() {
                return prefix;
            }

            @Override
            public boolean accepts(String value) {
                return offered.test(value);
            }

            @Override
            public List<Reply> press(Turn turn, String value) {
                return action.apply(turn, value);
            }
        };
    }
}
