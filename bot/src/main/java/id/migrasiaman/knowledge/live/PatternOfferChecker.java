package id.migrasiaman.knowledge.live;

import id.migrasiaman.knowledge.OfferChecker;
import id.migrasiaman.knowledge.RedFlagHit;
import id.migrasiaman.knowledge.content.RedFlag;
import id.migrasiaman.nlp.BrokerRoutes;
import id.migrasiaman.nlp.Normaliser;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Matches the red flags' regular expressions against the normalised message (chat spelling and
 * Kupang Malay mapped to Indonesian) and against the raw lower-cased message, because the
 * normaliser replaces numbers and amounts that some patterns look for; and adds the flags the
 * language models recognised, so editors' patterns and the models' understanding both count —
 * except for a flag whose {@code recognised_by} is {@code patterns} (its model, trained on too few
 * examples, fires on ordinary questions). A sign of wrong papers found either way next to a transit
 * point of the broker routes makes the route irregular ({@link BrokerRoutes}: the models' rule,
 * here also for a sign only a pattern found: "as a tourist" with Batam).
 */
public final class PatternOfferChecker implements OfferChecker {

    private final List<RedFlag> flags;
    private final Normaliser normaliser;

    public PatternOfferChecker(List<RedFlag> flags, Normaliser normaliser) {
        this.flags = List.copyOf(flags);
        this.normaliser = normaliser;
    }

    @Override
    public List<RedFlagHit> check(String text, Collection<String> understood) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String normalised = normaliser.normalise(text);
        String raw = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        List<RedFlag> found =
                flags.stream()
                        .filter(
                                flag ->
                                        understood.contains(flag.id())
                                                        && flag.recognisedBy().trustsModel()
                                                || flag.matchesAny(normalised, raw))
                        .toList();
        boolean irregular = irregularByTransit(text, found);
        return flags.stream()
                .filter(
                        flag ->
                                found.contains(flag)
                                        || irregular && BrokerRoutes.IRREGULAR.equals(flag.id()))
                .map(flag -> new RedFlagHit(flag.id(), flag.title(), flag.explanation()))
                .toList();
    }

    /** Whether a sign of wrong papers among {@code found} sits next to a broker-route transit. */
    private static boolean irregularByTransit(String text, List<RedFlag> found) {
        List<String> ids = found.stream().map(RedFlag::id).toList();
        return !ids.contains(BrokerRoutes.IRREGULAR) && BrokerRoutes.irregular(text, ids);
    }
}
