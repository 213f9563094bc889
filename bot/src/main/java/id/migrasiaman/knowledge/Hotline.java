package id.migrasiaman.knowledge;

/**
 * A help number from {@code hotlines.yml}; {@code kind} is phone, whatsapp or sms. {@code country}
 * is empty for an Indonesian line, or the two-letter code of the country whose local line it is.
 */
record Hotline(
        String id,
        Localized name,
        String number,
        String kind,
        Localized when,
        Source source,
        String confidence,
        String country) {

    /** An Indonesian line. */
    Hotline(
            String id,
            Localized name,
            String number,
            String kind,
            Localized when,
            Source source,
            String confidence) {
        this(id, name, number, kind, when, source, confidence, "");
    }

    /** Whether {@code /darurat} lists it: Indonesian lines only, local lines abroad are not. */
    boolean indonesian() {
        return country.isEmpty();
    }

    /** The number with everything but digits removed, for comparing numbers written differently. */
    String digits() {
        return Digits.of(number);
    }
}
