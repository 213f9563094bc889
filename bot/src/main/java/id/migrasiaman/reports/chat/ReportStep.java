package id.migrasiaman.reports.chat;

/** The steps of the guided report, in order; each is skippable. */
enum ReportStep {
    CONFIRM,
    WHAT,
    WHO,
    WHERE,
    VILLAGE,
    WHEN,
    DESTINATION,
    ROUTE,
    VICTIMS,
    MINORS,
    EVIDENCE,
    CONTACT,
    SUMMARY,
    EDIT;

    /** The step after this one; editing returns to the summary instead. */
    ReportStep next(boolean editing) {
        if (editing && this != WHERE && this != DESTINATION && this != VICTIMS) {
            return SUMMARY;
        }
        return values()[Math.min(ordinal() + 1, SUMMARY.ordinal())];
    }

    static ReportStep of(String name) {
        try {
            return name == null ? WHAT : valueOf(name);
        } catch (IllegalArgumentException e) {
            return WHAT;
        }
    }
}
