package id.migrasiaman.conversation.flows;

/**
 * Who is in danger in an emergency, as far as the writer is concerned: decided once when the alarm
 * is raised and read by every later answer (what to do now, how to reach help, whether a question
 * about the case is answered for a relative at home or for the person held).
 */
public enum InDanger {
    /** The writer is the one held or harmed (or says nothing of anyone else). */
    WRITER,
    /** The writer tells of a relative or friend, or of someone in the third person only. */
    RELATIVE,
    /** The writer is a child under 18 writing of herself ("aku umur 15, ada om tawarin kerja"). */
    CHILD_WRITER,
    /** Not decided yet: before the alarm, or a state saved before this was kept. */
    UNDECIDED;

    /** The value stored as {@code name}, {@link #UNDECIDED} when missing or unknown. */
    public static InDanger of(String name) {
        if (name == null) {
            return UNDECIDED;
        }
        for (InDanger value : values()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return UNDECIDED;
    }
}
