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
 * "Can I file a report on behalf of that family, as an NGO?": whether someone may report for
 * another person (trial 18, D19: refused as off-topic). Yes: the broker report and the family
 * report take anyone's report; what to bring (FACTS 14.2, 14.6) and the KP2MI channels that take
 * complaints from families (FACTS 14.5).
 */
@Component
@Order(34)
class ReportOnBehalf implements SituationResponder {

    static final int MAX_WORDS = 40;

    private static final Pattern REPORT =
            Pattern.compile(
                    "\\b(report|reports|reporting|file|complain|complaint|lapor|melapor|laporkan"
                            + "|melaporkan|laporan|adukan|mengadu|mengadukan|aduan|pengaduan)\\b");

    private static final Pattern FOR_OTHERS =
            Pattern.compile(
                    "\\b(on behalf|on their behalf|on her behalf|on his behalf|as an ngo|as a volunteer"
                            + "|as a social worker|atas nama|mewakili|wakili|sebagai lsm|sebagai ngo"
                            + "|dari lsm|untuk orang lain|buat orang lain)\\b");

    private final Texts texts;
    private final Menus menus;

    ReportOnBehalf(Texts texts, Menus menus) {
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public Optional<List<Reply>> respond(Turn turn, Analysis analysis) {
        String text = analysis.text().toLowerCase(Locale.ROOT);
        if (!Questions.shortOutsideFlows(turn, text, MAX_WORDS)
                || !REPORT.matcher(text).find()
                || !FOR_OTHERS.matcher(text).find()) {
            return Optional.empty();
        }
        String lang = turn.language();
        return Optional.of(
                List.of(
                        Reply.withButtons(
                                texts.get(lang, "report.behalf"),
                                List.of(
                                        List.of(
                                                new Reply.Button(
                                                        texts.get(lang, "menu.report"),
                                                        Menus.REPORT)),
                                        List.of(
                                                new Reply.Button(
                                                        texts.get(lang, "menu.family"),
                                                        Menus.FAMILY)),
                                        List.of(menus.backButton(lang))))));
    }
}
