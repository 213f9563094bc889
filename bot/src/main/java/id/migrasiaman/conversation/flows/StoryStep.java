package id.migrasiaman.conversation.flows;

/** The steps of telling a story, in order; each asking step knows its question's text key. */
public enum StoryStep {
    INTRO("story.intro"),
    COUNTRY("story.ask.country"),
    ROUTE("story.ask.route"),
    TEXT("story.ask.text"),
    ADVICE("story.ask.advice"),
    CONSENT("story.ask.consent");

    private final String promptKey;

    StoryStep(String promptKey) {
        this.promptKey = promptKey;
    }

    public String promptKey() {
        return promptKey;
    }

    /** Whether typed text is the answer here (the story itself and the advice). */
    public boolean takesText() {
        return this == TEXT || this == ADVICE;
    }
}
