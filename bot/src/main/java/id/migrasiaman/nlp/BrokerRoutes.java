package id.migrasiaman.nlp;

import id.migrasiaman.nlp.model.OfferFlags;
import java.util.Collection;

/**
 * The broker-route rule of the flag models for signs found by other means (the editors' patterns):
 * a sign of wrong papers next to a transit point of the documented broker routes (Batam, Nunukan,
 * Tawau, Entikong …) makes the route irregular.
 */
public final class BrokerRoutes {

    /** The id of the irregular-route red flag. */
    public static final String IRREGULAR = OfferFlags.IRREGULAR;

    private BrokerRoutes() {}

    /** Whether {@code flagIds} show wrong papers and {@code text} names a broker-route transit. */
    public static boolean irregular(String text, Collection<String> flagIds) {
        return OfferFlags.showsWrongPapers(flagIds)
                && OfferFlags.namesBrokerTransit(Places.in(text));
    }
}
