package id.migrasiaman.knowledge;

/** A help number from {@code hotlines.yml}; {@code kind} is phone, whatsapp or sms. */
record Hotline(
        String id,
        Localized name,
        String number,
        String kind,
        Localized when,
        Source source,
        String confidence) {

    /** The number with everything but digits removed, for comparing numbers written differently. */
    String digits() {
        return Digits.of(number);
    }
}
