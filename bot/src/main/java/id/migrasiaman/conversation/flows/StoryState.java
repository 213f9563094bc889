package id.migrasiaman.conversation.flows;

import java.util.List;

/**
 * A story being told: where the person worked, how they left, the story and the advice so far.
 * Texts are never null (empty when not told).
 *
 * @param country ISO code, {@code XX} for another country, or empty
 * @param route how they left (LEGAL, NONPROCEDURAL, UNKNOWN), or empty
 */
public record StoryState(
        StoryStep step, String nonce, String country, String route, String text, String advice)
        implements FlowState {

    public static final String NAME = "story";

    /** Longer texts are cut. */
    public static final int MAX_TEXT = 3000;

    public StoryState {
        step = step == null ? StoryStep.INTRO : step;
        nonce = FlowState.orEmpty(nonce);
        country = FlowState.orEmpty(country);
        route = FlowState.orEmpty(route);
        text = FlowState.bounded(text, MAX_TEXT);
        advice = FlowState.bounded(advice, MAX_TEXT);
    }

    /** The start of a story, with what was already told (may be empty). */
    public static StoryState intro(String text) {
        return new StoryState(StoryStep.INTRO, "", "", "", text, "");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String stepName() {
        return step.name();
    }

    @Override
    public List<String> countries() {
        return country.matches("[A-Z]{2}") && !"XX".equals(country) ? List.of(country) : List.of();
    }

    public StoryState at(StoryStep next) {
        return new StoryState(next, nonce, country, route, text, advice);
    }

    public StoryState withNonce(String newNonce) {
        return new StoryState(step, newNonce, country, route, text, advice);
    }

    public StoryState withCountry(String code) {
        return new StoryState(step, nonce, code, route, text, advice);
    }

    public StoryState withRoute(String how) {
        return new StoryState(step, nonce, country, how, text, advice);
    }

    /** This story with {@code more} added as a new line of its text. */
    public StoryState told(String more) {
        String joined = text.isBlank() ? more.strip() : text + "\n" + more.strip();
        return new StoryState(step, nonce, country, route, joined, advice);
    }

    public StoryState withAdvice(String given) {
        return new StoryState(step, nonce, country, route, text, given.strip());
    }
}
