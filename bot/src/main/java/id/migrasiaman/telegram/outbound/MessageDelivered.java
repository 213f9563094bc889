package id.migrasiaman.telegram.outbound;

/** Published when Telegram accepted a queued message of {@code kind} about {@code ref}. */
public record MessageDelivered(String kind, String ref) {}
