package id.migrasiaman.answers;

import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.SituationResponder;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.nlp.Analysis;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "aku harus gmn kak?" from a child who gave her own age and told of a job offer, wherever it comes
 * (after the offer check, or inside the emergency the offer raised): plain words to her, never "we
 * have no answer yet" (trial 16, D20). An offer abroad gets "you cannot go at all" (UU 18/2017
 * Pasal 5, FACTS 1.2); a job elsewhere in Indonesia ("jaga toko di Bali") gets "do not go with
 * him", without the law on working abroad that does not fit it. Both: tell a parent or a teacher
 * today, SAPA 129 (FACTS 5.3, 9.16), Polisi 110 if forced (5.2).
 */
@Component
@Order(25)
class ChildAsksWhatToDo implements SituationResponder {

    static final int MAX_WORDS = 12;

    /** "aku harus gmn kak?", "trus aku gimana?", "what should I do?" */
    private static final Pattern WHAT_TO_DO =
            Pattern.compile(
                    "\\b(harus|hrs|musti|mesti)( \\S+)? (gmn|gimana|bagaimana|bgmn|gmna|apa|bikin apa"
                            + "|karmana|kermana)\\b|\\b(aku|sy|saya|beta|sa) (gmn|gimana|bagaimana"
                            + "|karmana)\\b|\\bapa yang (harus|hrs|musti)\\b|\\bwhat (should|do|can)"
                            + " i do\\b");

    private final OfferContexts contexts;
    private final Texts texts;
    private final Menus menus;

    ChildAsksWhatToDo(OfferContexts contexts, Texts texts, Menus menus) {
        this.contexts = contexts;
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public Optional<List<Reply>> respond(Turn turn, Analysis analysis) {
        String text = analysis.text().toLowerCase(Locale.ROOT);
        OfferContext context = contexts.of(turn);
        // Her age told in this very message is a question of its own ("umur sy 16, sy harus
        // gmn?"): its topic answers it; this answers the child who asks next.
        if (analysis.entities().namesAMinor()
                || !context.writerMinor()
                || !context.flags().contains(OfferContexts.UNDERAGE)
                || Questions.words(text) > MAX_WORDS
                || !WHAT_TO_DO.matcher(text).find()) {
            return Optional.empty();
        }
        String lang = turn.language();
        boolean abroad = context.countries().stream().anyMatch(c -> !"ID".equals(c));
        String html =
                texts.get(lang, abroad ? "context.offer.minor.self" : "context.offer.minor.home");
        List<List<Reply.Button>> rows = OfferCheck.offerRows(texts, lang);
        rows.add(List.of(menus.backButton(lang)));
        return Optional.of(List.of(Reply.withButtons(html, rows)));
    }
}
