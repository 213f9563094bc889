package id.migrasiaman.stories;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Flow;
import id.migrasiaman.conversation.IntentResponder;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.choices.Destination;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Returned workers and their families tell what happened; people about to leave read it. Telling:
 * where they worked, how they left, the story (one or more messages), advice for others, and
 * consent to publish. Names, numbers and accounts are taken out at once ({@link Redactor}) and a
 * moderator reads every story before anyone else does. Reading: published stories one at a time,
 * newest first. Buttons start with {@code s:}; the flow's state lives in the conversation.
 */
@Component
class StoryFlow implements Flow, ButtonAction, IntentResponder {

    static final String NAME = "story";
    static final String PREFIX = "s:";
    static final int MAX_TEXT = 3000;

    private static final Logger log = LoggerFactory.getLogger(StoryFlow.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final StoryStore store;
    private final StoryPages pages;
    private final Menus menus;

    StoryFlow(StoryStore store, StoryPages pages, Menus menus) {
        this.store = store;
        this.pages = pages;
        this.menus = menus;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Intent intent() {
        return Intent.EXPERIENCE_SHARE;
    }

    /**
     * A message that tells an experience: thank, keep it as the start of a story, offer to go on.
     */
    @Override
    public List<Reply> respond(Turn turn, Analysis analysis) {
        Map<String, String> data = new HashMap<>();
        data.put("text", bounded(analysis.text()));
        turn.update(turn.state().inFlow(NAME, "INTRO", data));
        return List.of(pages.intro(turn.language(), "story.thanks"));
    }

    /** The main menu's "share experience" button and every {@code s:} button. */
    @Override
    public boolean accepts(String value) {
        return java.util.Set.of("", "intro", "start", "done", "skip", "pub:yes", "pub:no", "cancel")
                        .contains(value)
                || value.matches("read:[0-9]{1,6}")
                || (value.startsWith("c:")
                        && (Destination.in(Destination.STORY, value.substring(2))
                                || StoryPages.OTHER_COUNTRY.equals(value.substring(2))))
                || (value.startsWith("r:") && StoryPages.ROUTES.contains(value.substring(2)));
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        String lang = turn.language();
        if (value.isEmpty() || value.equals("intro")) {
            turn.update(turn.state().inFlow(NAME, "INTRO", Map.of()));
            return List.of(pages.intro(lang, "story.intro"));
        }
        if (value.startsWith("read:")) {
            return List.of(pages.read(lang, parse(value.substring(5))));
        }
        Map<String, String> data = new HashMap<>(turn.state().data());
        if (!NAME.equals(turn.state().flow()) && !value.equals("start")) {
            return List.of(pages.intro(lang, "story.intro"));
        }
        if (value.equals("start")) {
            data.put("nonce", nonce());
            return step(turn, "COUNTRY", data);
        }
        if (value.startsWith("c:")) {
            data.put("country", value.substring(2));
            return step(turn, "ROUTE", data);
        }
        if (value.startsWith("r:") && StoryPages.ROUTES.contains(value.substring(2))) {
            data.put("route", value.substring(2));
            return step(turn, "TEXT", data);
        }
        if (value.equals("done")) {
            return data.getOrDefault("text", "").isBlank()
                    ? step(turn, "TEXT", data)
                    : step(turn, "ADVICE", data);
        }
        if (value.equals("skip")) {
            return step(turn, "CONSENT", data);
        }
        if (value.equals("pub:yes") || value.equals("pub:no")) {
            return save(turn, data, value.equals("pub:yes"));
        }
        if (value.equals("cancel")) {
            turn.update(turn.state().withoutFlow());
            return List.of(menus.main(lang));
        }
        return List.of(pages.intro(lang, "story.intro"));
    }

    /** Free text while telling: the story's messages, then the advice. */
    @Override
    public List<Reply> next(Turn turn) {
        String step = turn.state().step();
        Content content = turn.message().content();
        if (!(content instanceof Content.Text text) || text.text().isBlank()) {
            return List.of(pages.ask(step, turn.language(), turn.state().data()));
        }
        Map<String, String> data = new HashMap<>(turn.state().data());
        if ("TEXT".equals(step)) {
            String joined =
                    data.getOrDefault("text", "").isBlank()
                            ? text.text().strip()
                            : data.get("text") + "\n" + text.text().strip();
            data.put("text", bounded(joined));
            turn.update(turn.state().inFlow(NAME, "TEXT", data));
            return List.of(
                    Reply.withButtons(
                            pages.t(turn.language(), "story.text.more"),
                            List.of(
                                    List.of(
                                            pages.button(
                                                    turn.language(),
                                                    "story.button.done",
                                                    "done")))));
        }
        if ("ADVICE".equals(step)) {
            data.put("advice", bounded(text.text().strip()));
            return step(turn, "CONSENT", data);
        }
        // INTRO, COUNTRY, ROUTE, CONSENT: a typed message instead of a button ends the story
        // flow and is routed normally (it may be a question or an emergency).
        return List.of();
    }

    /** Back to the story after an interruption: the question of the step it was at. */
    @Override
    public List<Reply> resume(Turn turn) {
        return List.of(pages.ask(turn.state().step(), turn.language(), turn.state().data()));
    }

    private List<Reply> step(Turn turn, String step, Map<String, String> data) {
        turn.update(turn.state().inFlow(NAME, step, data));
        return List.of(pages.ask(step, turn.language(), data));
    }

    private List<Reply> save(Turn turn, Map<String, String> data, boolean publish) {
        String lang = turn.language();
        String text = data.getOrDefault("text", "");
        if (text.isBlank()) {
            return step(turn, "TEXT", data);
        }
        String key = "story:" + data.getOrDefault("nonce", turn.message().idempotencyKey("story"));
        try {
            store.save(
                    new StoryStore.Told(
                            key,
                            turn.message().userPseudonym(),
                            lang,
                            data.getOrDefault("country", "XX"),
                            data.getOrDefault("route", "UNKNOWN"),
                            text,
                            data.get("advice"),
                            publish));
        } catch (RuntimeException e) {
            log.warn("Story not stored ({})", e.getClass().getSimpleName());
            return List.of(
                    Reply.withButtons(
                            pages.t(lang, "story.failed"),
                            List.of(
                                    List.of(
                                            pages.button(
                                                    lang,
                                                    "story.button.retry",
                                                    publish ? "pub:yes" : "pub:no")))));
        }
        turn.update(turn.state().withoutFlow());
        return List.of(
                Reply.withButtons(
                        pages.t(lang, publish ? "story.saved.public" : "story.saved.private"),
                        menus.mainKeyboard(lang)));
    }

    private static int parse(String n) {
        try {
            return Math.max(0, Integer.parseInt(n));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String bounded(String text) {
        String s = text == null ? "" : text;
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
    }

    private static String nonce() {
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
