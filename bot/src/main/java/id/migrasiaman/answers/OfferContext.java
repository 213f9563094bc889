package id.migrasiaman.answers;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one conversation has said so far that an offer check needs, as typed facts and never as
 * text: the red flags found in its messages (an age under 18 in the first message, Nunukan and a
 * speedboat in the third), the destination countries named, and whether a departure within days was
 * mentioned. Kept in memory for {@link OfferContexts#KEPT} and never logged.
 *
 * @param flags ids of content/red-flags.yml found in the conversation's messages
 * @param countries destination countries named (ISO-3166 alpha-2)
 * @param departingSoon whether a departure within days (tomorrow, Saturday, "su beli tiket") was
 *     mentioned
 * @param writerMinor whether the writer gave her own age, under 18 ("aku umur 15 thn")
 * @param at when the last fact was added
 */
record OfferContext(
        Set<String> flags,
        Set<String> countries,
        boolean departingSoon,
        boolean writerMinor,
        Instant at) {

    static final OfferContext NONE =
            new OfferContext(Set.of(), Set.of(), false, false, Instant.EPOCH);

    OfferContext {
        flags = Set.copyOf(flags);
        countries = Set.copyOf(countries);
    }

    /** This context with the facts of one more message. */
    OfferContext with(
            Set<String> newFlags,
            Set<String> newCountries,
            boolean soon,
            boolean minorWriting,
            Instant now) {
        Set<String> allFlags = new TreeSet<>(flags);
        allFlags.addAll(newFlags);
        Set<String> allCountries = new TreeSet<>(countries);
        allCountries.addAll(newCountries);
        return new OfferContext(
                allFlags, allCountries, departingSoon || soon, writerMinor || minorWriting, now);
    }

    /** Whether nothing was noted. */
    boolean isEmpty() {
        return flags.isEmpty() && countries.isEmpty() && !departingSoon && !writerMinor;
    }
}
