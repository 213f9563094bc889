package id.migrasiaman.nlp.entities;

import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.text.Folding;
import id.migrasiaman.nlp.text.Lexicons;
import id.migrasiaman.nlp.text.MoneyParser;
import id.migrasiaman.nlp.text.PhoneFinder;
import id.migrasiaman.nlp.text.PhraseMatcher;
import id.migrasiaman.nlp.text.PreparedText;
import id.migrasiaman.nlp.text.TextNormaliser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Extracts what a message names: phone numbers (E.164), destination countries (ISO-3166 alpha-2),
 * transit points and kecamatan of Kabupaten Kupang (canonical names), rupiah amounts and the ages
 * of people. Places come from the editable files {@code lexicon/destinations.tsv}, {@code
 * transits.tsv} and {@code gazetteer.tsv}. Thread-safe.
 */
public final class EntityExtractor {

    private static final PhraseMatcher<Place> PLACES = places();

    private final TextNormaliser normaliser = new TextNormaliser();
    private final AgeFinder ages = new AgeFinder();

    /** Returns the entities in {@code text}, each list without duplicates, in text order. */
    public Entities extract(String text) {
        return extract(normaliser.prepare(text));
    }

    /** The entities of a message already prepared by the normaliser. */
    public Entities extract(PreparedText text) {
        if (text.words().isEmpty()) {
            return Entities.NONE;
        }
        List<String> phoneList =
                distinct(text.phones().stream().map(PhoneFinder.Phone::e164).toList());
        List<Long> amounts =
                text.amounts().stream().map(MoneyParser.Amount::rupiah).distinct().toList();
        Set<String> destinations = new LinkedHashSet<>();
        Set<String> transits = new LinkedHashSet<>();
        Set<String> kecamatan = new LinkedHashSet<>();
        for (Place place : PLACES.find(text.words())) {
            switch (place.kind()) {
                case DESTINATION -> destinations.add(place.name());
                case TRANSIT -> transits.add(place.name());
                case KECAMATAN -> kecamatan.add(place.name());
            }
        }
        return new Entities(
                phoneList,
                new ArrayList<>(destinations),
                new ArrayList<>(transits),
                new ArrayList<>(kecamatan),
                amounts,
                ages.find(text.words()));
    }

    private static List<String> distinct(List<String> values) {
        return new ArrayList<>(new LinkedHashSet<>(values));
    }

    private enum Kind {
        DESTINATION,
        TRANSIT,
        KECAMATAN
    }

    private record Place(Kind kind, String name) {}

    private static PhraseMatcher<Place> places() {
        PhraseMatcher<Place> matcher = new PhraseMatcher<>();
        add(matcher, "destinations.tsv", Kind.DESTINATION);
        add(matcher, "transits.tsv", Kind.TRANSIT);
        add(matcher, "gazetteer.tsv", Kind.KECAMATAN);
        return matcher;
    }

    private static void add(PhraseMatcher<Place> matcher, String file, Kind kind) {
        Lexicons.map(file)
                .forEach(
                        (alias, name) ->
                                matcher.add(
                                        String.join(" ", Folding.words(Folding.fold(alias))),
                                        new Place(kind, name)));
    }
}
