package id.migrasiaman.nlp;

import java.util.List;

/**
 * What a message names: phones in E.164, destination countries as ISO-3166 alpha-2, transit points,
 * kecamatan of Kabupaten Kupang, money amounts in rupiah, and the ages of people it mentions.
 */
public record Entities(
        List<String> phones,
        List<String> destinations,
        List<String> transits,
        List<String> kecamatan,
        List<Long> amounts,
        List<Integer> ages) {

    public static final Entities NONE =
            new Entities(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public Entities {
        phones = List.copyOf(phones);
        destinations = List.copyOf(destinations);
        transits = List.copyOf(transits);
        kecamatan = List.copyOf(kecamatan);
        amounts = List.copyOf(amounts);
        ages = List.copyOf(ages);
    }

    /** Entities without ages, as callers wrote them before ages were extracted. */
    public Entities(
            List<String> phones,
            List<String> destinations,
            List<String> transits,
            List<String> kecamatan,
            List<Long> amounts) {
        this(phones, destinations, transits, kecamatan, amounts, List.of());
    }

    /** Whether the message names someone younger than 18, the legal minimum age to work abroad. */
    public boolean namesAMinor() {
        return ages.stream().anyMatch(age -> age < 18);
    }
}
