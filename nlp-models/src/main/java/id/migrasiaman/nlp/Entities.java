package id.migrasiaman.nlp;

import java.util.List;

/**
 * What a message names: phones in E.164, destination countries as ISO-3166 alpha-2, transit points,
 * kecamatan of Kabupaten Kupang, and money amounts in rupiah.
 */
public record Entities(
        List<String> phones,
        List<String> destinations,
        List<String> transits,
        List<String> kecamatan,
        List<Long> amounts) {

    public static final Entities NONE =
            new Entities(List.of(), List.of(), List.of(), List.of(), List.of());

    public Entities {
        phones = List.copyOf(phones);
        destinations = List.copyOf(destinations);
        transits = List.copyOf(transits);
        kecamatan = List.copyOf(kecamatan);
        amounts = List.copyOf(amounts);
    }
}
