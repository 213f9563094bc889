package id.migrasiaman.emergency;

import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.conversation.flows.FamilyState;
import id.migrasiaman.conversation.flows.InDanger;

/**
 * Decides once, from the text that raised the alarm, who is in danger ({@link InDanger}), so that
 * later answers read {@link EmergencyState#inDanger()} instead of reading that text again: a child
 * writing of herself ({@link FirstPerson#theChild}), a relative at home (the alarm came from the
 * family flow, or told of someone else: {@link SomeoneElse#toldOf}), else the writer.
 */
final class WhoIsInDanger {

    private WhoIsInDanger() {}

    /** Who is in danger after an alarm raised by {@code alarmText}. */
    static InDanger of(String alarmText, boolean fromFamilyFlow) {
        if (FirstPerson.theChild(alarmText)) {
            return InDanger.CHILD_WRITER;
        }
        if (fromFamilyFlow || SomeoneElse.toldOf(alarmText)) {
            return InDanger.RELATIVE;
        }
        return InDanger.WRITER;
    }

    /** Whether {@code emergency} interrupted the family flow: the writer is a relative. */
    static boolean fromFamilyFlow(EmergencyState emergency) {
        return Interruptions.flowIn(emergency).filter(FamilyState.NAME::equals).isPresent();
    }

    /**
     * Whether the writer is at home writing for someone else: recorded so at the alarm, or said in
     * {@code text} ("anak saya …"), which corrects it for this message only (as before the decision
     * was recorded).
     */
    static boolean relative(EmergencyState emergency, String text) {
        return emergency.inDanger() == InDanger.RELATIVE || SomeoneElse.inDanger(text);
    }
}
