package id.migrasiaman.answers;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.SituationResponder;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.Words;
import id.migrasiaman.nlp.Analysis;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A legal worker abroad whose contract ends asks about renewing it, changing employer, or going
 * home and coming back (trial 16, D12: a caregiver in Taiwan got the placement-fee topic twice and
 * "no answer" twice). Our sources have no country's renewal or transfer rules, so the answer says
 * so and names who can answer (Taiwan's 1955 line for contracts, KDEI, the mission, her agency,
 * KP2MI; FACTS §11), and for going again what every departure needs (FACTS 1.3, 2.3, 10.5, 14.7).
 * Each question gets its own part, so three questions do not get the same block three times. The
 * button {@value #AGAIN} is also what {@code /jalur} offers to someone abroad.
 */
@Component
@Order(45)
class ContractEndsAbroad implements MessageInterceptor, SituationResponder, ButtonAction {

    /** Button data: what going home and coming back takes. */
    static final String AGAIN = "ca:again";

    static final int MAX_WORDS = 50;

    private static final Pattern RENEW =
            Pattern.compile(
                    " (perpanjang\\S*|memperpanjang|diperpanjang|extend\\S*|renew\\S*)( \\S+){0,2}"
                            + " (kontrak|contract)|(kontrak|contract)( \\S+){0,2} (diperpanjang"
                            + "|perpanjang\\S*|extension|renewal|extended|renewed) ");

    private static final Pattern CHANGE =
            Pattern.compile(
                    " (ganti|pindah|tukar|change|switch|changing|switching)( \\S+){0,1}"
                            + " (majikan|bos|boss|employer|employers|agensi|agency) ");

    private static final Pattern AGAIN_ASKED =
            Pattern.compile(
                    " (balik lagi|kembali lagi|berangkat lagi|pergi lagi|kerja lagi|karja lagi"
                            + "|come back|go back again|work there again|leave again) ");

    private static final Pattern ENDS =
            Pattern.compile(
                    " (kontrak|contract)( \\S+){0,2} (habis|abis|selesai|berakhir|ends|ending"
                            + "|expires|finishes|is over|runs out) ");

    /** The topic remembered after the answer (its follow-ups are about rights abroad). */
    static final String TOPIC = "rights-abroad";

    private final Texts texts;
    private final Menus menus;
    private final Clock clock;

    ContractEndsAbroad(Texts texts, Menus menus, Clock clock) {
        this.texts = texts;
        this.menus = menus;
        this.clock = clock;
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        Optional<String> country = Abroad.country(turn);
        Optional<String> typed = Abroad.shortTypedText(turn, MAX_WORDS);
        if (country.isEmpty() || typed.isEmpty()) {
            return Optional.empty();
        }
        String text = typed.get();
        String padded = Words.padded(text);
        String lang = turn.language();
        List<String> parts = new ArrayList<>();
        if (RENEW.matcher(padded).find()) {
            parts.add("contract.renew");
        }
        if (CHANGE.matcher(padded).find()) {
            parts.add("contract.change");
        }
        boolean again = AGAIN_ASKED.matcher(padded).find();
        if (parts.isEmpty() && !again && ENDS.matcher(padded).find()) {
            parts.add("contract.ends");
        }
        if (parts.isEmpty() && !again) {
            return Optional.empty();
        }
        boolean toldChannels = channelsGiven(turn);
        AnswerContext.rememberTopic(turn, TOPIC, text, clock.instant());
        return Optional.of(List.of(reply(lang, country.get(), parts, again, toldChannels)));
    }

    /**
     * Also as a situation, which the safety layer consults before a weak signal's wall: "bisa
     * pindah majikan gk kak?" from a worker in Singapore read as a weak emergency and got the
     * hotlines and "is anyone in danger now?" instead of this answer (trial 19, D9/D14).
     */
    @Override
    public Optional<List<Reply>> respond(Turn turn, Analysis analysis) {
        return intercept(turn);
    }

    @Override
    public String prefix() {
        return "ca:";
    }

    @Override
    public boolean accepts(String value) {
        return "again".equals(value);
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        String lang = turn.language();
        return List.of(reply(lang, Abroad.country(turn).orElse("other"), List.of(), true, false));
    }

    /** Whether whom to ask was just said: then it is named in one line, not listed again. */
    private boolean channelsGiven(Turn turn) {
        return AnswerContext.recall(turn.state(), clock.instant())
                .filter(r -> TOPIC.equals(r.topicId()))
                .map(r -> Words.padded(r.question()))
                .filter(
                        q ->
                                RENEW.matcher(q).find()
                                        || CHANGE.matcher(q).find()
                                        || ENDS.matcher(q).find())
                .isPresent();
    }

    private Reply reply(
            String lang, String country, List<String> parts, boolean again, boolean toldChannels) {
        String name = texts.get(lang, "contract.country." + country);
        List<String> html = new ArrayList<>();
        parts.forEach(p -> html.add(texts.get(lang, p, name)));
        if (!parts.isEmpty() && toldChannels) {
            html.add(texts.get(lang, "contract.ask.again"));
        } else if (!parts.isEmpty()) {
            html.add(
                    texts.get(lang, "contract.ask")
                            + "\n"
                            + Abroad.mission(texts, lang, country)
                            + "\n"
                            + texts.get(lang, "contract.ask.agency"));
        }
        if (again) {
            html.add(texts.get(lang, "contract.again"));
        }
        List<List<Reply.Button>> rows = new ArrayList<>();
        if (!again) {
            rows.add(List.of(new Reply.Button(texts.get(lang, "contract.again.button"), AGAIN)));
        }
        rows.add(List.of(menus.backButton(lang)));
        return Reply.withButtons(String.join("\n\n", html), rows);
    }
}
