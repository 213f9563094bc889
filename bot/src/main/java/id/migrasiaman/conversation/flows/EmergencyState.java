package id.migrasiaman.conversation.flows;

import java.util.List;
import java.util.Optional;

/**
 * An emergency: asking whether someone is in danger now ({@link EmergencyStep#ASK}) or, after the
 * alarm, adding to the URGENT report {@code code} ({@link EmergencyStep#FOLLOW}).
 *
 * @param code the urgent report's code, or empty before the alarm
 * @param text what the person wrote before the alarm, kept for it
 * @param country ISO code of where the person in danger probably is, or empty
 * @param pending a question asked after the alarm, waiting for "add it to the report"
 * @param interrupted the flow the emergency interrupted (restored on "resume"), or null
 * @param inDanger who is in danger, decided when the alarm was raised ({@link InDanger#UNDECIDED}
 *     before it)
 */
public record EmergencyState(
        EmergencyStep step,
        String code,
        String text,
        String country,
        String pending,
        FlowState interrupted,
        InDanger inDanger)
        implements FlowState {

    public static final String NAME = "emergency";

    public EmergencyState {
        step = step == null ? EmergencyStep.ASK : step;
        code = FlowState.orEmpty(code);
        text = FlowState.orEmpty(text);
        country = FlowState.orEmpty(country);
        pending = FlowState.orEmpty(pending);
        inDanger = inDanger == null ? InDanger.UNDECIDED : inDanger;
        if (interrupted instanceof EmergencyState) {
            throw new IllegalArgumentException("an emergency does not interrupt an emergency");
        }
    }

    /** An emergency whose writer is not decided yet (before the alarm, or stored before). */
    public EmergencyState(
            EmergencyStep step,
            String code,
            String text,
            String country,
            String pending,
            FlowState interrupted) {
        this(step, code, text, country, pending, interrupted, InDanger.UNDECIDED);
    }

    /**
     * A new emergency tier interrupting {@code current}: an emergency already active carries on the
     * flow it interrupted before.
     */
    public static EmergencyState over(FlowState current, EmergencyStep step) {
        FlowState interrupted = current instanceof EmergencyState e ? e.interrupted() : current;
        return new EmergencyState(step, "", "", "", "", interrupted);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String stepName() {
        return step.name();
    }

    @Override
    public Optional<String> reportCode() {
        return code.isEmpty() ? Optional.empty() : Optional.of(code);
    }

    /** The chosen or named country first, then what the interrupted flow named. */
    @Override
    public List<String> countries() {
        if (country.matches("[A-Z]{2}") && !"XX".equals(country)) {
            return List.of(country);
        }
        return interrupted == null ? List.of() : interrupted.countries();
    }

    public EmergencyState at(EmergencyStep next) {
        return new EmergencyState(next, code, text, country, pending, interrupted, inDanger);
    }

    public EmergencyState withCode(String reportCode) {
        return new EmergencyState(step, reportCode, text, country, pending, interrupted, inDanger);
    }

    public EmergencyState withText(String written) {
        return new EmergencyState(step, code, written, country, pending, interrupted, inDanger);
    }

    /** This state with {@code iso} as the country, unless it is null. */
    public EmergencyState withCountry(String iso) {
        return iso == null
                ? this
                : new EmergencyState(step, code, text, iso, pending, interrupted, inDanger);
    }

    public EmergencyState withPending(String question) {
        return new EmergencyState(step, code, text, country, question, interrupted, inDanger);
    }

    /** This state knowing who is in danger. */
    public EmergencyState withInDanger(InDanger who) {
        return new EmergencyState(step, code, text, country, pending, interrupted, who);
    }
}
