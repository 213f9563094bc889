package id.migrasiaman.family;

/** The steps of a family's report, in order; each asking step keeps its answer under its name. */
enum FamilyStep {
    DANGER,
    NAME,
    PLACE,
    EMPLOYER,
    LAST,
    CONTACT,
    SUMMARY;

    /** The step after this one. */
    FamilyStep next() {
        return this == SUMMARY ? SUMMARY : values()[ordinal() + 1];
    }

    /** Whether this step takes a typed answer. */
    boolean asksText() {
        return this == NAME || this == PLACE || this == EMPLOYER || this == LAST;
    }

    static FamilyStep of(String name) {
        try {
            return name == null ? DANGER : valueOf(name);
        } catch (IllegalArgumentException e) {
            return DANGER;
        }
    }
}
