package id.migrasiaman.reports;

/** How soon the task force should look at a report; the queue is ordered by {@link #rank()}. */
public enum Priority {
    /** An emergency signal or minors involved. */
    URGENT,
    /** A broker already reported, or three or more victims. */
    HIGH,
    NORMAL;

    /**
     * URGENT for an emergency or minors; HIGH for a broker reported before or three or more
     * victims; NORMAL otherwise.
     */
    public static Priority of(ReportDraft draft, boolean knownBroker) {
        if (draft.urgent() || Boolean.TRUE.equals(draft.minors())) {
            return URGENT;
        }
        boolean manyVictims = draft.victims() != null && draft.victims() >= 3;
        return knownBroker || manyVictims ? HIGH : NORMAL;
    }

    /** 0 for the most urgent; stored so that the queue sorts on a number. */
    public int rank() {
        return ordinal();
    }
}
