package id.migrasiaman.knowledge.lint;

import id.migrasiaman.knowledge.InvalidContentException;
import id.migrasiaman.knowledge.content.ContentLoader;
import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.knowledge.content.Problem;
import id.migrasiaman.nlp.Normaliser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The content lint: everything that would make the bot show a broken, misleading or unsourced
 * answer. Each problem names the file and the field, so a content editor can fix it alone.
 */
public final class ContentValidator {

    public static final List<String> REQUIRED_TOPICS =
            List.of(
                    "legal-steps",
                    "requirements",
                    "documents",
                    "family-consent",
                    "passport",
                    "work-visa",
                    "licensed-agency",
                    "costs",
                    "medical-check",
                    "training-certification",
                    "social-security",
                    "pre-departure-orientation",
                    "employment-contract",
                    "government-programs",
                    "registration",
                    "red-flags",
                    "report-broker",
                    "rights-abroad",
                    "hotlines",
                    "return-reintegration",
                    "remittance",
                    "non-procedural-risks",
                    "online-scam-jobs",
                    "help-abroad",
                    "uang-sirih",
                    "japan-routes",
                    "middle-east",
                    "family-abroad");

    public static final List<String> REQUIRED_FLAGS =
            List.of(
                    "visit-visa",
                    "upfront-fees",
                    "documents-held",
                    "cash-to-family",
                    "underage-or-forged",
                    "no-contract",
                    "irregular-route",
                    "fast-departure",
                    "social-media-recruitment",
                    "unlicensed-agency");

    private final Normaliser normaliser;

    public ContentValidator(Normaliser normaliser) {
        this.normaliser = normaliser;
    }

    /** What a content directory holds and everything wrong with it. */
    public record Checked(ContentSet content, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Reads and checks {@code dir}. */
    public Checked check(Path dir) {
        ContentLoader.Loaded loaded = ContentLoader.load(dir);
        if (!Files.isDirectory(dir)) {
            // One clear line instead of every required file "missing".
            return new Checked(
                    loaded.content(),
                    List.of(
                            new Problem(
                                    dir.toAbsolutePath().normalize().toString(),
                                    "is not a folder (run from the project root, or set"
                                            + " MIGRASI_CONTENT_DIR to the content folder)")));
        }
        List<Problem> problems = new ArrayList<>(loaded.problems());
        problems.addAll(validate(loaded.content()));
        return new Checked(loaded.content(), List.copyOf(problems));
    }

    /** Every problem in the content directory; empty when it may go live. */
    List<Problem> validate(Path dir) {
        return check(dir).problems();
    }

    /** The rules that look across fields and files. */
    List<Problem> validate(ContentSet content) {
        List<Problem> problems = new ArrayList<>();
        TopicRules.check(content, problems);
        ReferenceRules.check(content, problems);
        new PhrasingRules(normaliser).check(content, problems);
        FlagAndHotlineRules.check(content, problems);
        return problems;
    }

    /** The content of {@code dir}, or an exception listing every problem. */
    public ContentSet loadValid(Path dir) {
        Checked checked = check(dir);
        if (!checked.valid()) {
            throw new InvalidContentException(checked.problems());
        }
        return checked.content();
    }
}
