package id.migrasiaman.safety;

import java.util.Set;

/**
 * The danger check's verdict on one message.
 *
 * @param level how sure it is that someone is in danger now
 * @param minor whether the message speaks of a child (an age under 18, "di bawah umur", ...)
 * @param signals the kinds of phrase found ({@code harm}, {@code plea}, {@code past}, ...), for
 *     tests and metrics; never the text itself
 */
public record DangerAssessment(DangerLevel level, boolean minor, Set<String> signals) {

    public static final DangerAssessment NONE =
            new DangerAssessment(DangerLevel.NONE, false, Set.of());

    public DangerAssessment {
        signals = Set.copyOf(signals);
    }

    public boolean strong() {
        return level == DangerLevel.STRONG;
    }

    public boolean weak() {
        return level == DangerLevel.WEAK;
    }
}
