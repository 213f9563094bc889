package id.migrasiaman.conversation.flows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A family's case: their own words (what the problem is), the countries they named, the answers
 * that help a search, the files they sent and, once someone is in danger now, the URGENT report's
 * code.
 *
 * @param contact the reply address the family allowed, or empty
 * @param code the urgent report's code, or empty
 */
public record FamilyState(
        FamilyStep step,
        String nonce,
        String story,
        List<String> destinations,
        String person,
        String place,
        String employer,
        String last,
        String contact,
        String code,
        List<PendingFile> files)
        implements FlowState {

    public static final String NAME = "family";

    /** Longer answers are cut. */
    public static final int MAX_ANSWER = 1000;

    public FamilyState {
        step = step == null ? FamilyStep.DANGER : step;
        nonce = FlowState.orEmpty(nonce);
        story = bounded(story);
        destinations = destinations == null ? List.of() : List.copyOf(destinations);
        person = bounded(person);
        place = bounded(place);
        employer = bounded(employer);
        last = bounded(last);
        contact = FlowState.orEmpty(contact);
        code = FlowState.orEmpty(code);
        files = files == null ? List.of() : List.copyOf(files);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String stepName() {
        return step.name();
    }

    @Override
    public Optional<String> reportCode() {
        return code.isEmpty() ? Optional.empty() : Optional.of(code);
    }

    @Override
    public List<String> countries() {
        return destinations;
    }

    /** The answer given at {@code asked}, empty when none. */
    public String answer(FamilyStep asked) {
        return switch (asked) {
            case PROBLEM -> story;
            case NAME -> person;
            case PLACE -> place;
            case EMPLOYER -> employer;
            case LAST -> last;
            default -> "";
        };
    }

    /**
     * Whether the family has told nothing a search could start from: no words, no country, no
     * answer, no file. Such a report is never sent.
     */
    public boolean toldNothing() {
        return story.isBlank()
                && destinations.isEmpty()
                && person.isBlank()
                && place.isBlank()
                && employer.isBlank()
                && last.isBlank()
                && files.isEmpty();
    }

    /** This state with {@code text} as the answer of {@code asked}. */
    public FamilyState withAnswer(FamilyStep asked, String text) {
        // The problem ("gaji 8 bulan tidak dibayar") is told in the family's own words: the story.
        String told =
                asked != FamilyStep.PROBLEM ? story : story.isBlank() ? text : story + "\n" + text;
        return new FamilyState(
                step,
                nonce,
                told,
                destinations,
                asked == FamilyStep.NAME ? text : person,
                asked == FamilyStep.PLACE ? text : place,
                asked == FamilyStep.EMPLOYER ? text : employer,
                asked == FamilyStep.LAST ? text : last,
                contact,
                code,
                files);
    }

    public FamilyState at(FamilyStep next) {
        return new FamilyState(
                next,
                nonce,
                story,
                destinations,
                person,
                place,
                employer,
                last,
                contact,
                code,
                files);
    }

    public FamilyState withStory(String words) {
        return new FamilyState(
                step,
                nonce,
                words,
                destinations,
                person,
                place,
                employer,
                last,
                contact,
                code,
                files);
    }

    public FamilyState withContact(String address) {
        return new FamilyState(
                step,
                nonce,
                story,
                destinations,
                person,
                place,
                employer,
                last,
                address,
                code,
                files);
    }

    public FamilyState withCode(String reportCode) {
        return new FamilyState(
                step,
                nonce,
                story,
                destinations,
                person,
                place,
                employer,
                last,
                contact,
                reportCode,
                files);
    }

    /** This state with {@code file} added, unless {@link PendingFile#MAX} files wait already. */
    public FamilyState with(PendingFile file) {
        if (files.size() >= PendingFile.MAX) {
            return this;
        }
        List<PendingFile> more = new ArrayList<>(files);
        more.add(file);
        return new FamilyState(
                step,
                nonce,
                story,
                destinations,
                person,
                place,
                employer,
                last,
                contact,
                code,
                more);
    }

    private static String bounded(String text) {
        return FlowState.bounded(text == null ? "" : text.strip(), MAX_ANSWER);
    }
}
