package id.migrasiaman.conversation;

import id.migrasiaman.nlp.Analysis;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * "lapor diri di jepang itu di mana? kalo ada masalah di jepang sy telpon sapa?": registering
 * abroad, or whom to call there, for a country whose emergency number and mission our sources do
 * not have. It got the Indonesian hotline list only (trial 12, D12). The answer: lapor diri on
 * Portal Peduli WNI or Safe Travel (FACTS 5.4, 14.3), the Kemlu hotline (11.1) and KP2MI from
 * abroad (5.1), and honestly that the country's own numbers are not in our sources. Malaysia,
 * Singapore, Hong Kong and Taiwan have their numbers in the topics and are left to them.
 */
@Component
class HelpWhereSourcesEnd implements SituationResponder {

    /** Countries whose emergency numbers and missions the content gives (FACTS 11). */
    private static final Set<String> COVERED = Set.of("MY", "SG", "HK", "TW", "ID");

    private static final Pattern ASKED =
            Pattern.compile(
                    "\\b(lapor diri|daftar diri|register myself|report myself|self.registration"
                            + "|(telpon|telepon|tlp|hubungi|kontak|call|contact|phone)"
                            + " (siapa|sapa|sapa ko|ke mana|kemana|who|whom)"
                            + "|minta tolong (ke )?(mana|siapa|sapa)"
                            + "|who (do|should|can) (i|we) (call|contact|ask))");

    private final Texts texts;
    private final Menus menus;

    HelpWhereSourcesEnd(Texts texts, Menus menus) {
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public Optional<List<Reply>> respond(Turn turn, Analysis analysis) {
        List<String> countries = analysis.entities().destinations();
        if (turn.state().active() != null
                || countries.isEmpty()
                || countries.stream().anyMatch(COVERED::contains)
                || !ASKED.matcher(analysis.text().toLowerCase(Locale.ROOT)).find()) {
            return Optional.empty();
        }
        String lang = turn.language();
        return Optional.of(
                List.of(
                        Reply.withButtons(
                                texts.get(lang, "abroad.uncovered"), menus.mainKeyboard(lang))));
    }
}
