package id.migrasiaman.conversation.commands;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.CommandAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Languages;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code /bahasa} (or {@code /language}) offers Indonesian and English; the choice is remembered.
 */
@Component
public class LanguageCommand implements CommandAction, ButtonAction {

    private static final String PREFIX = "lang:";

    private final Texts texts;
    private final Menus menus;

    public LanguageCommand(Texts texts, Menus menus) {
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public Set<String> commands() {
        return Set.of("bahasa", "language");
    }

    @Override
    public List<Reply> run(Turn turn, Content.Command command) {
        return List.of(
                Reply.withButtons(
                        texts.get(turn.language(), "language.choose"),
                        List.of(
                                List.of(
                                        new Reply.Button(
                                                "🇮🇩 Bahasa Indonesia",
                                                PREFIX + Languages.INDONESIAN),
                                        new Reply.Button(
                                                "🇬🇧 English", PREFIX + Languages.ENGLISH)))));
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public boolean accepts(String value) {
        return Languages.ENGLISH.equals(value) || Languages.INDONESIAN.equals(value);
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        String language =
                Languages.ENGLISH.equals(value) ? Languages.ENGLISH : Languages.INDONESIAN;
        turn.update(turn.state().withLanguage(language));
        return List.of(
                Reply.withButtons(
                        texts.get(language, "language.changed"), menus.mainKeyboard(language)));
    }
}
