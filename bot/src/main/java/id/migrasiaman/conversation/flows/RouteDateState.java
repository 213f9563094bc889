package id.migrasiaman.conversation.flows;

/** The route guide waits for a typed date of the appointment at step {@code stepId}. */
public record RouteDateState(String stepId) implements FlowState {

    public static final String NAME = "route-date";

    public RouteDateState {
        stepId = FlowState.orEmpty(stepId);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String stepName() {
        return "DATE";
    }
}
