package id.migrasiaman.family;

import id.migrasiaman.conversation.TypedAnswer;
import id.migrasiaman.conversation.Words;
import id.migrasiaman.conversation.flows.FamilyStep;
import id.migrasiaman.family.FamilyAbroadFlow.Press;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a typed button word means at each step of the family form, in one table: the button it
 * stands for, or "ask this step's question again" (a word that answers nothing there). "batal"
 * cancels at every step; elsewhere a word not in the step's row is asked again, never kept as an
 * answer (trial 19, D25: "kirim", "ok kirim", "sudah" were stored as a name; round 22: "kirim" at
 * the danger question was kept as the family's account).
 */
final class FamilyWords {

    /** What a typed word does: press {@code press}, or ask again when it is null. */
    record Heard(Press press) {

        static final Heard ASK_AGAIN = new Heard(null);

        boolean asksAgain() {
            return press == null;
        }
    }

    private static final Map<TypedAnswer, Press> ANSWER_STEP =
            Map.of(TypedAnswer.SKIP, Press.SKIP, TypedAnswer.NO, Press.SKIP);

    /** Step → typed word → the button it stands for. */
    private static final Map<FamilyStep, Map<TypedAnswer, Press>> PRESSES =
            new EnumMap<>(
                    Map.of(
                            // "belum tahu" is the button's own word: "Tidak / belum tahu"
                            FamilyStep.DANGER,
                            Map.of(
                                    TypedAnswer.YES, Press.DANGER_YES,
                                    TypedAnswer.NO, Press.DANGER_NO,
                                    TypedAnswer.SKIP, Press.DANGER_NO),
                            FamilyStep.OFFER,
                            Map.of(TypedAnswer.YES, Press.OFFER_YES, TypedAnswer.NO, Press.CANCEL),
                            FamilyStep.CONTACT,
                            Map.of(
                                    TypedAnswer.YES, Press.CONTACT_YES,
                                    TypedAnswer.NO, Press.CONTACT_NO,
                                    TypedAnswer.SKIP, Press.SKIP),
                            // only a plain yes sends; "ok" or "boleh" may answer an earlier
                            // question (D20): see heard()
                            FamilyStep.SUMMARY,
                            Map.of(TypedAnswer.SEND, Press.SEND, TypedAnswer.YES, Press.SEND),
                            FamilyStep.NAME,
                            ANSWER_STEP,
                            FamilyStep.PLACE,
                            ANSWER_STEP,
                            FamilyStep.EMPLOYER,
                            ANSWER_STEP,
                            FamilyStep.LAST,
                            ANSWER_STEP,
                            FamilyStep.PROBLEM,
                            ANSWER_STEP));

    /** "sudah", "selesai", "done": the family thinks it has finished, which answers nothing. */
    private static final Pattern DONE =
            Pattern.compile(
                    "^ (sudah|sudh|sdh|udah|udh|dah|su|selesai|cukup|done|finished|ok sudah)( ya| kak| kaka)? $");

    private FamilyWords() {}

    /**
     * What {@code text} typed at {@code step} stands for; empty when it is the family's own words.
     * At "where?", "sy tdk tau dia dmn" skips the question unless it names a place ({@code
     * namesPlace}).
     */
    static Optional<Heard> heard(FamilyStep step, String text, boolean namesPlace) {
        Optional<TypedAnswer> word = TypedAnswer.of(text);
        if (word.isPresent()) {
            TypedAnswer said = word.get();
            if (said == TypedAnswer.CANCEL) {
                return Optional.of(new Heard(Press.CANCEL));
            }
            Press press = PRESSES.getOrDefault(step, Map.of()).get(said);
            boolean plainYes = step != FamilyStep.SUMMARY || TypedAnswer.sends(text);
            return Optional.of(press != null && plainYes ? new Heard(press) : Heard.ASK_AGAIN);
        }
        boolean waitsForButton = step == FamilyStep.DANGER || step == FamilyStep.OFFER;
        if (waitsForButton && text.matches("\\d{1,3}")) {
            // a stray number: a button of another message
            return Optional.of(Heard.ASK_AGAIN);
        }
        if ((step.asksText() || step == FamilyStep.DANGER)
                && DONE.matcher(Words.padded(text)).find()) {
            return Optional.of(Heard.ASK_AGAIN);
        }
        if (step == FamilyStep.PLACE && TypedAnswer.dontKnow(text) && !namesPlace) {
            return Optional.of(new Heard(Press.SKIP));
        }
        return Optional.empty();
    }
}
