package id.migrasiaman.emergency;

import id.migrasiaman.conversation.AnswerFirst;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.Words;
import id.migrasiaman.nlp.Analysis;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * "sa bisa lapor ke mana lagi? nomor telpon Taiwan ada ko?" (trial 15, D3): a question for numbers
 * or where to report that names a country abroad gets that country's numbers from
 * content/hotlines.yml (for Taiwan 1955, 110/119 and 1990, FACTS 11.11-11.12), what FACTS says of
 * its mission where it found no number (KDEI Taipei, 11.10), and for a fishing crew what to give
 * KP2MI (14.6) — not Indonesia's list alone.
 */
@Component
class CountryNumbers implements AnswerFirst, Ordered {

    /** The countries whose own numbers content/hotlines.yml lists. */
    private static final Set<String> LISTED = Set.of("MY", "SG", "HK", "TW");

    /** Asks where to report or whom to call. */
    private static final Pattern WHERE_TO =
            Pattern.compile(
                    " (lapor ke mana|lapor kemana|mengadu ke mana|ngadu ke mana|adu ke mana|ke mana"
                            + "|kemana|hubungi siapa|where can|where do|who can|who do|report to"
                            + "|contact) ");

    private static final Pattern CREW =
            Pattern.compile(" (kapal ikan|kapal|abk|awak kapal|nelayan|fishing boat|crew|vessel) ");

    private final EmergencyReplies replies;

    CountryNumbers(EmergencyReplies replies) {
        this.replies = replies;
    }

    @Override
    public int getOrder() {
        // Before the topics: Indonesia's list is the topic's answer, the country's is ours.
        return 0;
    }

    @Override
    public Optional<List<Reply>> answer(Turn turn, Analysis analysis) {
        String text = analysis.text() == null ? "" : analysis.text();
        String country = Countries.named(analysis);
        if (country == null
                || !LISTED.contains(country)
                || !Wording.question(text, analysis)
                || !(Wording.asksForNumber(text) || WHERE_TO.matcher(Words.padded(text)).find())) {
            return Optional.empty();
        }
        String lang = turn.language();
        StringBuilder body = new StringBuilder(replies.hotlinesHtml(lang, country));
        if ("TW".equals(country)) {
            // The one listed country whose mission's number FACTS did not find.
            body.append("\n\n").append(replies.t(lang, "hotlines.mission.TW"));
        }
        if (CREW.matcher(Words.padded(text)).find()) {
            body.append("\n\n").append(replies.t(lang, "hotlines.crew"));
        }
        // Inside a flow (the family's form) the flow asks its question after this: no menu.
        return Optional.of(
                List.of(
                        turn.state().active() == null
                                ? replies.withMenu(body.toString(), lang)
                                : Reply.text(body.toString())));
    }

    @Override
    public Optional<List<Reply>> besideHotlines(Turn turn, Analysis analysis) {
        return answer(turn, analysis);
    }
}
