package id.migrasiaman.answers;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.IntentResponder;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A returned worker or family member telling what happened: thanks, and the ways we can act on it
 * today (report the recruiter, help for returnees). Publishing stories is not built yet, so the bot
 * says so instead of pretending to keep the story.
 */
@Component
class ExperienceResponder implements IntentResponder, ButtonAction {

    private final Texts texts;
    private final Menus menus;

    ExperienceResponder(Texts texts, Menus menus) {
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public Intent intent() {
        return Intent.EXPERIENCE_SHARE;
    }

    @Override
    public List<Reply> respond(Turn turn, Analysis analysis) {
        return List.of(reply(turn.language()));
    }

    @Override
    public String prefix() {
        return Menus.STORY;
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        return List.of(reply(turn.language()));
    }

    private Reply reply(String lang) {
        return Reply.withButtons(
                texts.get(lang, "experience.thanks"),
                List.of(
                        List.of(new Reply.Button(texts.get(lang, "menu.report"), Menus.REPORT)),
                        List.of(
                                new Reply.Button(
                                        texts.get(lang, "experience.return"),
                                        AnswerReplies.TOPIC + "return-reintegration")),
                        List.of(
                                new Reply.Button(
                                        texts.get(lang, "experience.rights"),
                                        AnswerReplies.TOPIC + "rights-abroad")),
                        List.of(menus.backButton(lang))));
    }
}
