package id.migrasiaman.stories;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.SituationResponder;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.StoryState;
import id.migrasiaman.nlp.Analysis;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A teller's questions about her own story, answered with the story's own promises: what is
 * removed, who reads it, that nothing is shown without her consent, and whether it was saved. She
 * can see what staff will read, withdraw consent to show it, or delete it while no moderator has
 * decided (afterwards the link to her is erased, and she is told so).
 */
@Component
class OwnStories implements SituationResponder {

    private static final int SHOWN = 3;
    private static final int PREVIEW_CHARS = 700;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final ZoneId KUPANG = ZoneId.of("Asia/Makassar");

    private final StoryStore store;
    private final StoryPages pages;
    private final Menus menus;

    OwnStories(StoryStore store, StoryPages pages, Menus menus) {
        this.store = store;
        this.pages = pages;
        this.menus = menus;
    }

    /** Outside the story flow: "sa mau hapus cerita sa", "siapa yang baca cerita sa?". */
    @Override
    public Optional<List<Reply>> respond(Turn turn, Analysis analysis) {
        if (!(turn.message().content() instanceof Content.Text typed)) {
            return Optional.empty();
        }
        String lang = turn.language();
        if (StoryQuestions.aboutOwnStory(typed.text())) {
            return Optional.of(mine(turn));
        }
        if (StoryQuestions.editsText(typed.text())
                && !store.toldBy(turn.message().userPseudonym(), 1).isEmpty()) {
            // "saya mau ganti sedikit, hapus kata Sabah" from someone who told a story: how to
            // change hers (trial 15, D19), not the scope refusal.
            return Optional.of(mine(turn));
        }
        if (StoryQuestions.aboutStoryPrivacy(typed.text())) {
            return Optional.of(
                    List.of(
                            Reply.text(pages.t(lang, "story.privacy")),
                            pages.intro(lang, "story.intro")));
        }
        return Optional.empty();
    }

    /** Who reads a story and what is removed, with what staff will read of hers so far. */
    Reply privacy(StoryState story, String lang) {
        StringBuilder body = new StringBuilder(pages.t(lang, "story.privacy"));
        appendPreview(body, story, lang);
        return Reply.text(body.toString());
    }

    /** A typed message at the consent step: not saved yet, and what would be shown. */
    Reply notSavedYet(StoryState story, String lang) {
        StringBuilder body = new StringBuilder(pages.t(lang, "story.consent.pending"));
        appendPreview(body, story, lang);
        return Reply.text(body.toString());
    }

    /** Her stories no moderator has decided yet, each with a way to withdraw or delete it. */
    List<Reply> mine(Turn turn) {
        String lang = turn.language();
        List<Story> told = store.toldBy(turn.message().userPseudonym(), SHOWN);
        List<Reply> out = new ArrayList<>();
        if (told.isEmpty()) {
            out.add(Reply.withButtons(pages.t(lang, "story.mine.none"), menus.mainKeyboard(lang)));
            return out;
        }
        out.add(Reply.text(pages.t(lang, "story.mine.intro")));
        for (Story story : told) {
            out.add(card(story, lang));
        }
        return out;
    }

    /** A withdrawal or deletion pressed under one of her stories. */
    Reply changed(Turn turn, StoryPress press) {
        String lang = turn.language();
        String who = turn.message().userPseudonym();
        String key;
        if (press instanceof StoryPress.Withdraw withdraw) {
            key = store.withdraw(withdraw.id(), who) ? "story.mine.withdrawn" : "story.mine.gone";
        } else {
            StoryPress.Erase erase = (StoryPress.Erase) press;
            key = store.erase(erase.id(), who) ? "story.mine.erased" : "story.mine.gone";
        }
        return Reply.withButtons(pages.t(lang, key), menus.mainKeyboard(lang));
    }

    private Reply card(Story story, String lang) {
        StringBuilder body =
                new StringBuilder("📝 <b>")
                        .append(
                                story.createdAt() == null
                                        ? ""
                                        : DAY.format(story.createdAt().atZone(KUPANG)))
                        .append("</b> · ")
                        .append(Html.escape(pages.t(lang, "story.status." + story.status())))
                        .append("\n<i>")
                        .append(Html.escape(cut(story.text())))
                        .append("</i>");
        List<List<Reply.Button>> rows = new ArrayList<>();
        if (story.status() == Story.Status.PENDING) {
            rows.add(List.of(pages.button(lang, "story.button.withdraw", "wd:" + story.id())));
        }
        rows.add(List.of(pages.button(lang, "story.button.erase", "del:" + story.id())));
        return Reply.withButtons(body.toString(), rows);
    }

    private void appendPreview(StringBuilder body, StoryState story, String lang) {
        if (story.text().isBlank()) {
            return;
        }
        body.append("\n\n")
                .append(pages.t(lang, "story.preview"))
                .append("\n<i>")
                .append(Html.escape(cut(Redactor.redact(story.text()))))
                .append("</i>");
        if (!story.advice().isBlank()) {
            body.append("\n💬 <i>")
                    .append(Html.escape(cut(Redactor.redact(story.advice()))))
                    .append("</i>");
        }
    }

    private static String cut(String text) {
        return text == null || text.length() <= PREVIEW_CHARS
                ? (text == null ? "" : text)
                : text.substring(0, PREVIEW_CHARS) + "…";
    }
}
