package id.migrasiaman.conversation.flows;

/** The emergency's two tiers: asking "is anyone in danger now?", and after the alarm. */
public enum EmergencyStep {
    ASK,
    FOLLOW
}
