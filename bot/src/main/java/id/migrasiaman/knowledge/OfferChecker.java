package id.migrasiaman.knowledge;

import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.knowledge.lint.ContentValidator;
import id.migrasiaman.knowledge.live.PatternOfferChecker;
import id.migrasiaman.nlp.Normaliser;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** Finds the warning signs of illegal recruitment in a job offer a user describes. Thread-safe. */
@FunctionalInterface
public interface OfferChecker {

    /** The red flags whose patterns match {@code text}, in the order of red-flags.yml. */
    default List<RedFlagHit> check(String text) {
        return check(text, List.of());
    }

    /**
     * The red flags whose patterns match {@code text} or that the language models recognised in it
     * ({@code understood}: ids of red-flags.yml, from {@code Analysis.flags()}), in the order of
     * red-flags.yml. Ids the file does not have are ignored.
     */
    List<RedFlagHit> check(String text, Collection<String> understood);

    /**
     * A checker over the red flags in {@code contentDir}, without Spring.
     *
     * @throws InvalidContentException when the content fails the lint
     */
    static OfferChecker fromDirectory(Path contentDir) {
        Normaliser normaliser = new Normaliser();
        ContentSet content = new ContentValidator(normaliser).loadValid(contentDir);
        return new PatternOfferChecker(content.flags(), normaliser);
    }
}
