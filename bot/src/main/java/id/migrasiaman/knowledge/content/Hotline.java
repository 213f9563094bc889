package id.migrasiaman.knowledge.content;

import id.migrasiaman.knowledge.Localized;
import id.migrasiaman.knowledge.Source;

/** A help number from {@code hotlines.yml}; {@code kind} is phone, whatsapp or sms. */
public record Hotline(
        String id,
        Localized name,
        String number,
        String kind,
        Localized when,
        Source source,
        String confidence) {

    /** The number with everything but digits removed, for comparing numbers written differently. */
    public String digits() {
        return Digits.of(number);
    }
}
