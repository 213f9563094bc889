package id.migrasiaman.conversation;

import id.migrasiaman.nlp.Analysis;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Only crying and pleading emoji ("😭😭😭🙏🙏"): someone who may not be able to type what is wrong.
 * A gentle "what happened? tell us slowly", with the emergency button if someone is in danger now,
 * instead of the scope refusal (trial 12, D23). No staff alarm: nothing is known yet. A 🙏 alone
 * stays thanks.
 */
@Component
class WordlessDistress implements SituationResponder {

    /** Crying, frightened or heartbroken faces. */
    private static final Pattern CRYING = Pattern.compile("[😭😢🥺😿😥😰😓😞😔💔😩😫😖😣😨😱]");

    /** What may stand around them: pleading hands, skin tones, joiners, spaces, punctuation. */
    private static final Pattern ONLY_THESE =
            Pattern.compile(
                    "^[\\s\\p{Punct}🙏😭😢🥺😿😥😰😓😞😔💔😩😫😖😣😨😱\\x{1F3FB}-\\x{1F3FF}"
                            + "\\x{FE0F}\\x{200D}]+$");

    private final Texts texts;
    private final Menus menus;

    WordlessDistress(Texts texts, Menus menus) {
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public Optional<List<Reply>> respond(Turn turn, Analysis analysis) {
        if (turn.state().active() != null
                || !(turn.message().content() instanceof Content.Text typed)
                || !wordless(typed.text())) {
            return Optional.empty();
        }
        String lang = turn.language();
        return Optional.of(
                List.of(
                        Reply.withButtons(
                                texts.get(lang, "distress.wordless"),
                                List.of(
                                        List.of(
                                                new Reply.Button(
                                                        texts.get(lang, "menu.emergency"),
                                                        Menus.EMERGENCY)),
                                        List.of(menus.backButton(lang))))));
    }

    /** Whether {@code text} is nothing but crying or pleading emoji, with at least one tear. */
    static boolean wordless(String text) {
        String stripped = text.strip();
        return ONLY_THESE.matcher(stripped).matches() && CRYING.matcher(stripped).find();
    }
}
