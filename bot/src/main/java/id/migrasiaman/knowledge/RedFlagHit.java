package id.migrasiaman.knowledge;

/**
 * A warning sign found in an offer.
 *
 * @param flagId the red flag's id, e.g. {@code upfront-fees}
 * @param title a short name, plain text
 * @param explanation why it is dangerous and what the legal route requires, Telegram HTML
 */
public record RedFlagHit(String flagId, Localized title, Localized explanation) {}
