package id.migrasiaman.conversation.flows;

/**
 * A short detour: the next message answers the Satgas about report {@code code}; afterwards the
 * conversation goes back to {@code returnTo} (null when no flow was active), with nothing lost.
 */
public record SatgasState(String code, FlowState returnTo) implements FlowState {

    public static final String NAME = "satgas";

    public SatgasState {
        code = FlowState.orEmpty(code);
        if (returnTo instanceof SatgasState) {
            throw new IllegalArgumentException("a detour does not return into a detour");
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String stepName() {
        return "ANSWER";
    }
}
