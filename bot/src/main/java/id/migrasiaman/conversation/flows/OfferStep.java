package id.migrasiaman.conversation.flows;

/** Checking an offer: waiting for its text, or checked (the text is in the {@link Recall}). */
public enum OfferStep {
    DESCRIBE,
    CHECKED
}
