package id.migrasiaman.safety;

/** How sure a message is that someone is in danger now. */
public enum DangerLevel {
    /** No sign of danger. */
    NONE,
    /**
     * A call for help, fear, a missing person, or danger told about the past: worth the hotlines
     * and the question "is anyone in danger now?", never a staff alarm on its own.
     */
    WEAK,
    /** A concrete danger happening now: an URGENT report and a staff alarm. */
    STRONG;

    /** Whether this level shows the hotlines. */
    public boolean atLeastWeak() {
        return this != NONE;
    }
}
