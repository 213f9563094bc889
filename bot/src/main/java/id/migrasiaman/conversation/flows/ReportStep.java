package id.migrasiaman.conversation.flows;

/**
 * The steps of the guided report, in order; each is skippable. A step knows its question's text key
 * and whether it takes a typed answer.
 */
public enum ReportStep {
    CONFIRM("report.offer"),
    WHAT("report.ask.what"),
    WHO("report.ask.who"),
    WHERE("report.ask.where"),
    VILLAGE("report.ask.village"),
    WHEN("report.ask.when"),
    DESTINATION("report.ask.destination"),
    ROUTE("report.ask.route"),
    VICTIMS("report.ask.victims"),
    MINORS("report.ask.minors"),
    EVIDENCE("report.ask.evidence"),
    CONTACT("report.ask.contact"),
    SUMMARY(null),
    EDIT(null);

    private final String promptKey;

    ReportStep(String promptKey) {
        this.promptKey = promptKey;
    }

    /** The text key of the step's question; null for the summary, which is rendered. */
    public String promptKey() {
        return promptKey;
    }

    /** Whether a typed text answers this step (the steps before the evidence). */
    public boolean takesText() {
        return ordinal() < EVIDENCE.ordinal();
    }

    /** Whether a shared location answers this step. */
    public boolean takesLocation() {
        return this == WHERE || this == VILLAGE;
    }

    /** The step after this one; editing returns to the summary instead. */
    public ReportStep next(boolean editing) {
        if (editing && this != WHERE && this != DESTINATION && this != VICTIMS) {
            return SUMMARY;
        }
        return values()[Math.min(ordinal() + 1, SUMMARY.ordinal())];
    }

    /** The step before this one (the summary goes back to the consent; the first stays). */
    public ReportStep previous() {
        if (this == SUMMARY || this == EDIT) {
            return CONTACT;
        }
        return values()[Math.max(ordinal() - 1, WHAT.ordinal())];
    }

    /** The step called {@code name}; {@link #WHAT} for anything unknown. */
    public static ReportStep of(String name) {
        try {
            return name == null ? WHAT : valueOf(name);
        } catch (IllegalArgumentException e) {
            return WHAT;
        }
    }
}
