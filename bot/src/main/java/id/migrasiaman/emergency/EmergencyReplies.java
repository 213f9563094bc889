package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.knowledge.Answers;
import java.util.List;
import org.springframework.stereotype.Component;

/** The texts of an emergency: hotlines (from content/hotlines.yml) always come first. */
@Component
class EmergencyReplies {

    private final Answers answers;
    private final Texts texts;
    private final Menus menus;

    EmergencyReplies(Answers answers, Texts texts, Menus menus) {
        this.answers = answers;
        this.texts = texts;
        this.menus = menus;
    }

    /** Hotlines, then what to do now with a "share location" button. */
    List<Reply> hotlinesFirst(String lang) {
        return List.of(
                Reply.text(answers.hotlines(lang)),
                new Reply(texts.get(lang, "emergency.now"), List.of(), true));
    }

    Reply askDetails(String lang) {
        return Reply.text(texts.get(lang, "emergency.ask"));
    }

    Reply alerted(String lang, String code) {
        return Reply.withButtons(
                texts.get(lang, "emergency.alerted", code),
                List.of(
                        List.of(
                                new Reply.Button(
                                        texts.get(lang, "emergency.contact"), "e:contact")),
                        List.of(menus.backButton(lang))));
    }

    Reply contactSaved(String lang) {
        return Reply.withButtons(
                texts.get(lang, "emergency.contact.saved"),
                List.of(List.of(menus.backButton(lang))));
    }

    Reply added(String lang, String code) {
        return Reply.withButtons(
                texts.get(lang, "emergency.added", code), List.of(List.of(menus.backButton(lang))));
    }
}
