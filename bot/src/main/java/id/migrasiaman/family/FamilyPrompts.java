package id.migrasiaman.family;

import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.choices.Destination;
import id.migrasiaman.conversation.flows.FamilyState;
import id.migrasiaman.conversation.flows.FamilyStep;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the family flow says: what to do now, the danger question, the steps, the summary. */
@Component
class FamilyPrompts {

    static final String PREFIX = "f:";

    private final Texts texts;
    private final Menus menus;

    FamilyPrompts(Texts texts, Menus menus) {
        this.texts = texts;
        this.menus = menus;
    }

    String t(String lang, String key, Object... args) {
        return texts.get(lang, key, args);
    }

    /** What the family can do now, then whether anyone is in danger now. */
    List<Reply> intro(String lang) {
        return List.of(Reply.text(t(lang, "family.intro")), askDanger(lang, "family.ask.danger"));
    }

    Reply askDanger(String lang, String key) {
        return Reply.withButtons(
                t(lang, key),
                List.of(
                        List.of(button(lang, "family.danger.yes", "danger:yes")),
                        List.of(button(lang, "family.danger.no", "danger:no")),
                        List.of(menus.backButton(lang))));
    }

    /** "Shall we help you make a report?": the report's questions start only on its yes. */
    Reply offer(String lang) {
        return Reply.withButtons(
                t(lang, "family.offer"),
                List.of(
                        List.of(button(lang, "family.offer.yes", "offer:yes")),
                        List.of(button(lang, "family.offer.no", "cancel"))));
    }

    /** The question of {@code step}, with its buttons. */
    Reply ask(FamilyStep step, String lang) {
        if (step == FamilyStep.CONTACT) {
            return Reply.withButtons(
                    t(lang, "family.ask.CONTACT"),
                    List.of(
                            List.of(
                                    button(lang, "family.contact.yes", "contact:yes"),
                                    button(lang, "family.contact.no", "contact:no"))));
        }
        List<List<Reply.Button>> rows = new ArrayList<>();
        for (FamilyAbroadFlow.Press press : FamilyAbroadFlow.Press.answering(step)) {
            rows.add(List.of(new Reply.Button(answerOf(lang, press), PREFIX + press.data)));
        }
        rows.add(List.of(button(lang, "family.skip", "skip")));
        return Reply.withButtons(t(lang, step.promptKey()), rows);
    }

    /** The words an answer button stands for: a country's name, or the choice's text. */
    String answerOf(String lang, FamilyAbroadFlow.Press press) {
        String choice = press.data.substring(press.data.indexOf(':') + 1);
        if (press.answers == FamilyStep.PLACE) {
            return Destination.of(choice).map(d -> d.label(lang)).orElse(choice);
        }
        return t(lang, "family.answer." + choice);
    }

    /** Numbers to call now in {@code country} (ISO code, may be null), with their sources. */
    Reply urgentNow(String lang, String country) {
        boolean known = country != null && Destination.hasOwnHotlines(country);
        return Reply.text(
                t(
                        lang,
                        "family.urgent.now",
                        known ? t(lang, "family.country." + country) : "",
                        known ? t(lang, "family.country." + country + ".sources") : ""));
    }

    Reply summary(String lang, FamilyState data, boolean contact) {
        if (data.toldNothing()) {
            // Nothing to send: say so, and how to tell it without typing.
            return Reply.withButtons(
                    t(lang, "family.summary.empty"),
                    List.of(
                            List.of(
                                    button(lang, "family.again", "again"),
                                    button(lang, "family.cancel", "cancel"))));
        }
        String html =
                t(
                        lang,
                        "family.summary",
                        shown(lang, data.person()),
                        place(lang, data),
                        shown(lang, data.employer()),
                        shown(lang, data.last()),
                        data.files().size(),
                        t(lang, contact ? "family.yes" : "family.no"),
                        shown(lang, data.story().strip()));
        return Reply.withButtons(
                html,
                List.of(
                        List.of(
                                button(lang, "family.send", "send"),
                                button(lang, "family.cancel", "cancel"))));
    }

    Reply withMenu(String lang, String html) {
        return Reply.withButtons(html, List.of(List.of(menus.backButton(lang))));
    }

    Reply withMainMenu(String lang, String html) {
        return Reply.withButtons(html, menus.mainKeyboard(lang));
    }

    /** The city the family typed, else the country named in their first message. */
    private String place(String lang, FamilyState data) {
        if (!data.place().isBlank() || data.destinations().isEmpty()) {
            return shown(lang, data.place());
        }
        return Html.escape(
                Destination.of(data.destinations().get(0))
                        .map(d -> d.label(lang))
                        .orElse(data.destinations().get(0)));
    }

    private String shown(String lang, String value) {
        return value == null || value.isBlank() ? t(lang, "family.empty") : Html.escape(value);
    }

    private Reply.Button button(String lang, String key, String value) {
        return new Reply.Button(t(lang, key), PREFIX + value);
    }
}
