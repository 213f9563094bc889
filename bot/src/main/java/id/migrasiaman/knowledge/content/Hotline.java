package id.migrasiaman.knowledge.content;

import id.migrasiaman.knowledge.Localized;
import id.migrasiaman.knowledge.Source;
import java.util.List;

/**
 * A help number from {@code hotlines.yml}; {@code kind} is phone, whatsapp or sms. {@code
 * countries} says where the number works: ISO-3166 codes ({@code ID}, {@code MY}, ...) or {@code
 * abroad} (anywhere but Indonesia); empty means everywhere.
 */
public record Hotline(
        String id,
        Localized name,
        String number,
        String kind,
        Localized when,
        Source source,
        String confidence,
        List<String> countries) {

    /** Where a number works outside Indonesia, whichever country. */
    public static final String ABROAD = "abroad";

    public Hotline {
        countries = countries == null ? List.of() : List.copyOf(countries);
    }

    /** A number that works everywhere. */
    public Hotline(
            String id,
            Localized name,
            String number,
            String kind,
            Localized when,
            Source source,
            String confidence) {
        this(id, name, number, kind, when, source, confidence, List.of());
    }

    /** The number with everything but digits removed, for comparing numbers written differently. */
    public String digits() {
        return Digits.of(number);
    }

    /** Whether the number works in {@code country} (an ISO code; {@code ID} is Indonesia). */
    public boolean worksIn(String country) {
        if (countries.isEmpty() || countries.contains(country)) {
            return true;
        }
        return !"ID".equals(country) && countries.contains(ABROAD);
    }

    /** Whether the number is for {@code country} itself rather than for everywhere. */
    public boolean local(String country) {
        return countries.contains(country);
    }
}
