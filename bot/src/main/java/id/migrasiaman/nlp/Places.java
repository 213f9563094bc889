package id.migrasiaman.nlp;

import id.migrasiaman.nlp.entities.EntityExtractor;

/**
 * The places a short text names (destinations, transits, kecamatan and villages of the gazetteer),
 * without the intent models: for reading where someone says they are ("sa masih di Naibonat").
 */
public final class Places {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    private Places() {}

    /** The entities of {@code text}; only its places are of interest to callers. */
    public static Entities in(String text) {
        return EXTRACTOR.extract(text);
    }
}
