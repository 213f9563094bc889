package id.migrasiaman.conversation.flows;

/** The steps of a family's report, in order; each asking step keeps its own answer. */
public enum FamilyStep {
    DANGER,
    NAME,
    PLACE,
    EMPLOYER,
    LAST,
    /** What the problem is (unpaid wages, abuse, no contact...), when the family has not said. */
    PROBLEM,
    CONTACT,
    SUMMARY,
    /**
     * The normal report was sent (its code kept): what the family remembers right after ("sa baru
     * ingat nama kapal nya …") is added to it; anything else ends the flow.
     */
    SENT,
    /**
     * "Shall we help you make a report for the Satgas?": asked when the family typed at the danger
     * question instead of pressing; the report's questions start only on a yes (trial 19, D17).
     */
    OFFER;

    /** The step after this one. */
    public FamilyStep next() {
        if (this == OFFER) {
            return NAME;
        }
        return this == SUMMARY || this == SENT ? this : values()[ordinal() + 1];
    }

    /** Whether this step takes a typed answer. */
    public boolean asksText() {
        return this == PROBLEM || this == NAME || this == PLACE || this == EMPLOYER || this == LAST;
    }

    /** The text key of this step's question. */
    public String promptKey() {
        return "family.ask." + name();
    }

    public static FamilyStep of(String name) {
        try {
            return name == null ? DANGER : valueOf(name);
        } catch (IllegalArgumentException e) {
            return DANGER;
        }
    }
}
