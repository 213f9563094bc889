package id.migrasiaman.conversation.flows;

/** The steps after files no flow took: choose what they are for, or type a report code. */
public enum MediaStep {
    CHOOSE,
    CODE
}
