package id.migrasiaman.conversation.commands;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.CommandAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Flow;
import id.migrasiaman.conversation.Languages;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code /bahasa} (or {@code /language}) offers Indonesian and English; the choice is remembered.
 * In the middle of a flow the flow's question follows, in the chosen language.
 */
@Component
public class LanguageCommand implements CommandAction, ButtonAction {

    private static final String PREFIX = "lang:";

    private final Texts texts;
    private final Menus menus;
    private final ObjectProvider<Flow> flows;

    @Autowired
    LanguageCommand(Texts texts, Menus menus, ObjectProvider<Flow> flows) {
        this.texts = texts;
        this.menus = menus;
        this.flows = flows;
    }

    /** Without going back to a flow's question after the choice. */
    public LanguageCommand(Texts texts, Menus menus) {
        this(texts, menus, null);
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
        // In the middle of a flow (a report, a story): its question again, in the new language.
        List<Reply> again = askedAgain(turn);
        if (!again.isEmpty()) {
            List<Reply> out = new ArrayList<>();
            out.add(Reply.text(texts.get(language, "language.changed")));
            out.addAll(again);
            return out;
        }
        return List.of(
                Reply.withButtons(
                        texts.get(language, "language.changed"), menus.mainKeyboard(language)));
    }

    private List<Reply> askedAgain(Turn turn) {
        String name = turn.state().flowName();
        if (name == null || flows == null) {
            return List.of();
        }
        return flows.orderedStream()
                .filter(f -> name.equals(f.name()))
                .findFirst()
                .map(f -> f.resume(turn))
                .orElse(List.of());
    }
}
