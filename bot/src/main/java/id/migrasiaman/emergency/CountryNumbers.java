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
 * that names a country abroad gets that country's numbers from content/hotlines.yml (for Taiwan
 * 1955, 110/119 and 1990, FACTS 11.11-11.12), what FACTS says of its mission where it found no
 * number (KDEI Taipei, 11.10), and for a fishing crew what to give KP2MI (14.6) — not Indonesia's
 * list alone.
 */
@Component
class CountryNumbers implements AnswerFirst, Ordered {

    /** The countries whose own numbers content/hotlines.yml lists. */
    private static final Set<String> LISTED = Set.of("MY", "SG", "HK", "TW");

    /** The topic whose question this answers for one country. */
    static final String HELP_ABROAD = "help-abroad";

    /** An office at home asked for by name: its number is in Indonesia's list (the topic's). */
    private static final Pattern OFFICE_AT_HOME =
            Pattern.compile(
                    " (kp2mi|bp2mi|bp3mi|disnaker|kemnaker|kementerian|ministry|satgas|sapa) ");

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
                || !Wording.asksForNumber(text)
                || OFFICE_AT_HOME.matcher(Words.padded(text)).find()) {
            return Optional.empty();
        }
        String lang = turn.language();
        // The help-abroad topic's question, answered for the one country named (round 16: without
        // its title, 45 questions of that topic on the dev sets read as unanswered; "where do I
        // get it" / "lapor ke mana" questions of other topics are left to their topics).
        StringBuilder body =
                new StringBuilder(replies.topicHead(lang, HELP_ABROAD))
                        .append(replies.hotlinesHtml(lang, country));
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
        String shown =
                turn.state()
                        .active(id.migrasiaman.conversation.flows.EmergencyState.class)
                        .map(e -> e.country())
                        .orElse("");
        Optional<List<Reply>> answer = answer(turn, analysis);
        if (answer.isEmpty() || !shown.equals(Countries.named(analysis))) {
            return answer;
        }
        // The hotlines beside are this country's already: not the same block twice (trial 18,
        // D20). The topic's title stays (it says what the numbers above are for), then what they
        // do not hold: no labour office number in our sources, the mission and KP2MI take unpaid
        // wages (Taiwan's 1955, listed above, takes them there), KDEI Taipei's number not found.
        String text = analysis.text() == null ? "" : analysis.text();
        String lang = turn.language();
        boolean labour = LABOUR.matcher(Words.padded(text)).find() && !"TW".equals(shown);
        StringBuilder body =
                new StringBuilder(replies.topicHead(lang, HELP_ABROAD))
                        .append(
                                replies.t(
                                        lang,
                                        labour ? "hotlines.labour.unknown" : "hotlines.above"));
        if ("TW".equals(shown)) {
            body.append("\n\n").append(replies.t(lang, "hotlines.mission.TW"));
        }
        return Optional.of(List.of(Reply.text(body.toString())));
    }

    /** A labour office or unpaid wages asked about. */
    private static final Pattern LABOUR =
            Pattern.compile(
                    " (labour|labor|tenaga kerja|ketenagakerjaan|disnaker|gaji|upah|wage|wages"
                            + "|salary|not been paid|not paid|unpaid|belum dibayar|tidak dibayar"
                            + "|tdk dibayar|blm dibayar) ");
}
