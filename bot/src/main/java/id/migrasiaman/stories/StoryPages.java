package id.migrasiaman.stories;

import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.choices.Destination;
import id.migrasiaman.conversation.flows.StoryState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the story feature shows: the question of each telling step with its buttons, the intro, and
 * the published stories one page at a time (newest first). Buttons carry {@link StoryFlow#PREFIX}.
 */
@Component
class StoryPages {

    /** "Another country": offered after {@link Destination#STORY}. */
    static final String OTHER_COUNTRY = "XX";

    static final List<String> ROUTES = List.of("LEGAL", "NONPROCEDURAL", "UNKNOWN");

    private final StoryStore store;
    private final Texts texts;
    private final Menus menus;

    StoryPages(StoryStore store, Texts texts, Menus menus) {
        this.store = store;
        this.texts = texts;
        this.menus = menus;
    }

    Reply ask(StoryState story, String lang) {
        String key = story.step().promptKey();
        return switch (story.step()) {
            case COUNTRY -> Reply.withButtons(t(lang, key), countryButtons(lang));
            case ROUTE ->
                    Reply.withButtons(
                            t(lang, key),
                            ROUTES.stream()
                                    .map(r -> List.of(button(lang, "story.route." + r, "r:" + r)))
                                    .toList());
            case TEXT ->
                    story.text().isBlank()
                            ? Reply.withButtons(t(lang, key), cancelRow(lang))
                            : Reply.withButtons(
                                    t(lang, "story.ask.text.more"),
                                    List.of(List.of(button(lang, "story.button.done", "done"))));
            case ADVICE ->
                    Reply.withButtons(
                            t(lang, key),
                            List.of(List.of(button(lang, "story.button.skip", "skip"))));
            case CONSENT ->
                    Reply.withButtons(
                            t(lang, key),
                            List.of(
                                    List.of(button(lang, "story.button.publish", "pub:yes")),
                                    List.of(button(lang, "story.button.private", "pub:no"))));
            // A story told at the intro: thanked, and kept for when she goes on telling it.
            case INTRO -> intro(lang, story.text().isBlank() ? key : "story.thanks");
        };
    }

    Reply read(String lang, int index) {
        Optional<Story> story = store.published(index);
        if (story.isEmpty()) {
            return Reply.withButtons(
                    t(lang, index == 0 ? "story.none" : "story.end"),
                    List.of(
                            List.of(button(lang, "story.button.tell", "start")),
                            List.of(menus.backButton(lang))));
        }
        Story s = story.get();
        StringBuilder body =
                new StringBuilder()
                        .append("📖 <b>")
                        .append(
                                Html.escape(
                                        texts.get(
                                                lang,
                                                "story.read.title",
                                                country(s.country(), lang))))
                        .append("</b> · ")
                        .append(Html.escape(t(lang, "story.route." + s.route())))
                        .append("\n\n")
                        .append(Html.escape(s.text()));
        if (s.advice() != null) {
            body.append("\n\n💬 <i>").append(Html.escape(s.advice())).append("</i>");
        }
        List<List<Reply.Button>> rows = new ArrayList<>();
        if (index + 1 < store.publishedCount()) {
            rows.add(List.of(button(lang, "story.button.next", "read:" + (index + 1))));
        }
        rows.add(List.of(new Reply.Button(t(lang, "menu.report"), Menus.REPORT)));
        rows.add(List.of(menus.backButton(lang)));
        return Reply.withButtons(body.toString(), rows);
    }

    /**
     * Thanks for a story whose broker still recruits: the report first (the menu's report button,
     * which takes the story told into the report), keeping it as a story second.
     */
    Reply reportFirst(String lang) {
        return Reply.withButtons(
                t(lang, "story.thanks.active"),
                List.of(
                        List.of(new Reply.Button(t(lang, "story.button.report"), Menus.REPORT)),
                        List.of(button(lang, "story.button.tell", "start")),
                        List.of(menus.backButton(lang))));
    }

    /** Told while writing: the broker still recruits. Report him, or go on with the story. */
    Reply stillRecruiting(String lang) {
        return Reply.withButtons(
                t(lang, "story.text.active"),
                List.of(
                        List.of(new Reply.Button(t(lang, "story.button.report"), Menus.REPORT)),
                        List.of(button(lang, "story.button.done", "done"))));
    }

    Reply intro(String lang, String key) {
        return Reply.withButtons(
                t(lang, key),
                List.of(
                        List.of(button(lang, "story.button.tell", "start")),
                        List.of(button(lang, "story.button.read", "read:0")),
                        List.of(new Reply.Button(t(lang, "menu.report"), Menus.REPORT)),
                        List.of(menus.backButton(lang))));
    }

    private List<List<Reply.Button>> countryButtons(String lang) {
        List<List<Reply.Button>> rows = new ArrayList<>();
        List<Reply.Button> row = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        Destination.STORY.forEach(d -> codes.add(d.name()));
        codes.add(OTHER_COUNTRY);
        for (String code : codes) {
            row.add(new Reply.Button(country(code, lang), StoryFlow.PREFIX + "c:" + code));
            if (row.size() == 2) {
                rows.add(List.copyOf(row));
                row.clear();
            }
        }
        if (!row.isEmpty()) {
            rows.add(List.copyOf(row));
        }
        return rows;
    }

    private String country(String code, String lang) {
        return Destination.of(code)
                .filter(Destination.STORY::contains)
                .map(d -> d.label(lang))
                .orElse(t(lang, "story.country.other"));
    }

    private List<List<Reply.Button>> cancelRow(String lang) {
        return List.of(List.of(button(lang, "story.button.cancel", "cancel")));
    }

    Reply.Button button(String lang, String key, String value) {
        return new Reply.Button(t(lang, key), StoryFlow.PREFIX + value);
    }

    String t(String lang, String key) {
        return texts.get(lang, key);
    }
}
