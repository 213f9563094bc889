package id.migrasiaman.stories;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Flow;
import id.migrasiaman.conversation.IntentResponder;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Plea;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.TypedButtonAction;
import id.migrasiaman.conversation.flows.StoryState;
import id.migrasiaman.conversation.flows.StoryStep;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
class StoryFlow implements Flow, TypedButtonAction<StoryPress>, IntentResponder {

    static final String NAME = StoryState.NAME;
    static final String PREFIX = "s:";

    private static final Logger log = LoggerFactory.getLogger(StoryFlow.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Help, the language and cancel keep the story (cancel ends it its own way). */
    private static final Set<String> STAYING_COMMANDS =
            Set.of("help", "bantuan", "bahasa", "language", "batal", "cancel");

    /**
     * Buttons of a side trip that comes back to the story: the language choice of /bahasa and the
     * Satgas' "Balas" (the answer goes to the report, then the story goes on).
     */
    private static final List<String> STAYING_BUTTONS = List.of("lang:", "sb:");

    private final StoryStore store;
    private final StoryPages pages;
    private final Menus menus;
    private final OwnStories own;

    StoryFlow(StoryStore store, StoryPages pages, Menus menus, OwnStories own) {
        this.store = store;
        this.pages = pages;
        this.menus = menus;
        this.own = own;
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
     * A message that tells an experience: thank, keep it as the start of a story, offer to go on;
     * when it says the broker still recruits, offer the report first (what was told goes into it).
     */
    @Override
    public List<Reply> respond(Turn turn, Analysis analysis) {
        if (StoryQuestions.tooShortForAStory(analysis.text())) {
            // A lone "1" with no buttons open is a menu choice gone astray, not a story.
            return List.of(menus.main(turn.language()));
        }
        turn.update(turn.state().withFlow(StoryState.intro(analysis.text())));
        if (StillRecruiting.told(analysis.text())) {
            // The broker still recruits: reporting first, and the story goes into the report.
            return List.of(pages.reportFirst(turn.language()));
        }
        return List.of(pages.intro(turn.language(), "story.thanks"));
    }

    /** The main menu's "share experience" button and every {@code s:} button. */
    @Override
    public Optional<StoryPress> parse(String value) {
        return StoryPress.parse(value);
    }

    @Override
    public List<Reply> pressed(Turn turn, StoryPress press) {
        String lang = turn.language();
        if (press instanceof StoryPress.Withdraw || press instanceof StoryPress.Erase) {
            return List.of(own.changed(turn, press));
        }
        Optional<StoryState> unfinished =
                turn.state().active(StoryState.class).filter(StoryFlow::hasTold);
        if ((press == StoryPress.Plain.OPEN || press == StoryPress.Plain.INTRO)
                && unfinished.isPresent()) {
            // Her story is not lost by opening the stories again: she goes on where she was.
            return List.of(
                    Reply.text(pages.t(lang, "story.unfinished")),
                    pages.ask(unfinished.get(), lang));
        }
        if (press == StoryPress.Plain.OPEN || press == StoryPress.Plain.INTRO) {
            turn.update(turn.state().withFlow(StoryState.intro("")));
            return List.of(pages.intro(lang, "story.intro"));
        }
        if (press instanceof StoryPress.Read read) {
            return List.of(pages.read(lang, read.index()));
        }
        Optional<StoryState> active = turn.state().active(StoryState.class);
        if (active.isEmpty() && press != StoryPress.Plain.START) {
            return List.of(pages.intro(lang, "story.intro"));
        }
        StoryState story = active.orElse(StoryState.intro(""));
        if (press instanceof StoryPress.Country country) {
            return step(turn, story.withCountry(country.code()).at(StoryStep.ROUTE));
        }
        if (press instanceof StoryPress.Route route) {
            return step(turn, story.withRoute(route.how()).at(StoryStep.TEXT));
        }
        if (press instanceof StoryPress.Publish publish) {
            return save(turn, story, publish.publish());
        }
        return switch ((StoryPress.Plain) press) {
            case START -> step(turn, story.withNonce(nonce()).at(StoryStep.COUNTRY));
            case DONE ->
                    step(
                            turn,
                            story.at(story.text().isBlank() ? StoryStep.TEXT : StoryStep.ADVICE));
            case SKIP -> step(turn, story.at(StoryStep.CONSENT));
            case CANCEL -> {
                turn.update(turn.state().withoutFlow());
                yield List.of(menus.main(lang));
            }
            default -> List.of(pages.intro(lang, "story.intro"));
        };
    }

    /** Free text while telling: the story's messages, then the advice. */
    @Override
    public List<Reply> next(Turn turn) {
        StoryState story = turn.state().active(StoryState.class).orElseThrow();
        Content content = turn.message().content();
        if (!(content instanceof Content.Text text) || text.text().isBlank()) {
            return List.of(pages.ask(story, turn.language()));
        }
        String typed = text.text();
        if (StoryQuestions.aboutPrivacy(typed)
                && (!story.step().takesText() || StoryQuestions.isQuestion(typed))) {
            return List.of(own.privacy(story, turn.language()), pages.ask(story, turn.language()));
        }
        if ((story.step().takesText() || story.step() == StoryStep.CONSENT) && Plea.alone(typed)) {
            // "tolong kak" at "what happened?": a plea, never a line of the story; the safety
            // layer asked about danger first (once an hour), then the way to help now.
            return List.of(
                    Reply.text(pages.t(turn.language(), "story.plea")),
                    pages.ask(story, turn.language()));
        }
        if (story.step() == StoryStep.CONSENT) {
            // Not a button: the story is neither saved nor dropped; she is told so and asked again.
            return List.of(
                    own.notSavedYet(story, turn.language()), pages.ask(story, turn.language()));
        }
        if (story.step() == StoryStep.TEXT) {
            turn.update(turn.state().withFlow(story.told(text.text())));
            if (StillRecruiting.told(typed)) {
                // Names are removed from a story: a recruiter still at work is for the Satgas too.
                return List.of(pages.stillRecruiting(turn.language()));
            }
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
        if (story.step() == StoryStep.ADVICE) {
            return step(turn, story.withAdvice(text.text()).at(StoryStep.CONSENT));
        }
        if (startedTelling(story) && StoryQuestions.toldInstead(typed)) {
            // She tells her story at "where?" or "how did you leave?" (trial 15, D18): it is her
            // story, kept; the buttons' question stays, and after it she can add more or finish.
            String lang = turn.language();
            StoryState told = story.told(typed);
            turn.update(turn.state().withFlow(told));
            return List.of(Reply.text(pages.t(lang, "story.told.early")), pages.ask(told, lang));
        }
        if (story.step() == StoryStep.INTRO && StoryQuestions.toldInstead(typed)) {
            // "sa dulu karja di hongkong, majikan ambil paspor" after /cerita (round 23's chat
            // trial): she tells her story, which is kept; no question card for what she did not
            // ask.
            StoryState told = story.told(typed);
            turn.update(turn.state().withFlow(told));
            return List.of(
                    StillRecruiting.told(typed)
                            ? pages.reportFirst(turn.language())
                            : pages.ask(told, turn.language()));
        }
        // INTRO, COUNTRY, ROUTE: a typed message instead of a button ends the story
        // flow and is routed normally (it may be a question or an emergency).
        return List.of();
    }

    /** Back to the story after an interruption: the question of the step it was at. */
    @Override
    public List<Reply> resume(Turn turn) {
        return List.of(
                pages.ask(turn.state().active(StoryState.class).orElseThrow(), turn.language()));
    }

    /** A command or another feature's button: the person moved on, the story ends. */
    @Override
    public boolean endsOn(Content content) {
        if (content instanceof Content.Command command) {
            return !STAYING_COMMANDS.contains(command.name());
        }
        // The report button takes a story told into the report (ReportEntry): not left unsaved.
        return content instanceof Content.Button button
                && !button.data().startsWith(PREFIX)
                && !button.data().equals(Menus.STORY)
                && !button.data().equals(Menus.REPORT)
                && STAYING_BUTTONS.stream().noneMatch(button.data()::startsWith);
    }

    /** Leaving with a story told but not saved: she is told it was not saved, never silently. */
    @Override
    public List<Reply> left(Turn turn) {
        return turn.state()
                .active(StoryState.class)
                .filter(StoryFlow::hasTold)
                .map(story -> List.of(Reply.text(pages.t(turn.language(), "story.left"))))
                .orElse(List.of());
    }

    /** A short question while telling or at consent is answered, not stored as the story. */
    @Override
    public boolean asksAside(Turn turn) {
        Optional<StoryState> story = turn.state().active(StoryState.class);
        return story.isPresent()
                && story.get().step() != StoryStep.INTRO
                && turn.message().content() instanceof Content.Text text
                && StoryQuestions.isQuestion(text.text())
                && !StoryQuestions.aboutPrivacy(text.text())
                && !StoryQuestions.aboutOwnStory(text.text());
    }

    /** She pressed "tell my story" and is at its first questions (country, route). */
    static boolean startedTelling(StoryState story) {
        return !story.nonce().isEmpty()
                && (story.step() == StoryStep.COUNTRY || story.step() == StoryStep.ROUTE);
    }

    private static boolean hasTold(StoryState story) {
        return !story.text().isBlank()
                && (startedTelling(story)
                        || story.step() == StoryStep.TEXT
                        || story.step() == StoryStep.ADVICE
                        || story.step() == StoryStep.CONSENT);
    }

    private List<Reply> step(Turn turn, StoryState story) {
        turn.update(turn.state().withFlow(story));
        return List.of(pages.ask(story, turn.language()));
    }

    private List<Reply> save(Turn turn, StoryState story, boolean publish) {
        String lang = turn.language();
        if (story.text().isBlank()) {
            return step(turn, story.at(StoryStep.TEXT));
        }
        String key =
                "story:"
                        + (story.nonce().isEmpty()
                                ? turn.message().idempotencyKey("story")
                                : story.nonce());
        try {
            store.save(
                    new StoryStore.Told(
                            key,
                            turn.message().userPseudonym(),
                            lang,
                            story.country().isEmpty() ? "XX" : story.country(),
                            story.route().isEmpty() ? "UNKNOWN" : story.route(),
                            story.text(),
                            story.advice().isEmpty() ? null : story.advice(),
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

    private static String nonce() {
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
