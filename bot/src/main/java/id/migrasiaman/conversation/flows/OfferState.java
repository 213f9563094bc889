package id.migrasiaman.conversation.flows;

/** The offer checker waits for an offer's text, or has just checked one. */
public record OfferState(OfferStep step) implements FlowState {

    public static final String NAME = "offer";

    public OfferState {
        step = step == null ? OfferStep.DESCRIBE : step;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String stepName() {
        return step.name();
    }
}
