package id.migrasiaman.conversation;

import java.util.List;
import org.springframework.stereotype.Component;

/** The main menu and the short fallback replies, in the conversation's language. */
@Component
public class Menus {

    /** Button data of the main menu entries. */
    public static final String LEARN = "m:learn";

    public static final String CHECK_OFFER = "m:offer";
    public static final String REPORT = "m:report";
    public static final String STORY = "m:story";
    public static final String EMERGENCY = "m:emergency";
    public static final String FAMILY = "m:family";
    public static final String MENU = "m:menu";
    public static final String ROUTE = "m:route";

    private final Texts texts;

    Menus(Texts texts) {
        this.texts = texts;
    }

    /** The main menu keyboard: one entry a row, so labels stay readable on small phones. */
    /** A message text in {@code language} (for replies that go with the main keyboard). */
    public String text(String language, String key) {
        return texts.get(language, key);
    }

    public List<List<Reply.Button>> mainKeyboard(String language) {
        return List.of(
                List.of(new Reply.Button(texts.get(language, "menu.route"), ROUTE)),
                List.of(new Reply.Button(texts.get(language, "menu.learn"), LEARN)),
                List.of(new Reply.Button(texts.get(language, "menu.offer"), CHECK_OFFER)),
                List.of(new Reply.Button(texts.get(language, "menu.report"), REPORT)),
                List.of(new Reply.Button(texts.get(language, "menu.family"), FAMILY)),
                List.of(new Reply.Button(texts.get(language, "menu.story"), STORY)),
                List.of(new Reply.Button(texts.get(language, "menu.emergency"), EMERGENCY)));
    }

    /** The welcome for /start. */
    public Reply welcome(String language) {
        return Reply.withButtons(texts.get(language, "welcome"), mainKeyboard(language));
    }

    /** The menu with a short prompt. */
    public Reply main(String language) {
        return Reply.withButtons(texts.get(language, "menu.prompt"), mainKeyboard(language));
    }

    /** A button back to the main menu. */
    public Reply.Button backButton(String language) {
        return new Reply.Button(texts.get(language, "menu.back"), MENU);
    }

    Reply unknownCommand(String language) {
        return Reply.withButtons(texts.get(language, "command.unknown"), mainKeyboard(language));
    }

    Reply unsupported(String language) {
        return Reply.withButtons(
                texts.get(language, "message.unsupported"), mainKeyboard(language));
    }
}
