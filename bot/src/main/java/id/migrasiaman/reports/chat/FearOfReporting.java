package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.SituationResponder;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.nlp.Analysis;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Someone deciding whether to report, afraid the recruiter will learn it was them and take it out
 * on the family: that fear is answered first (a report can be anonymous, the reported person is not
 * told who reported, the officers contact only with consent, Polisi 110 if the family is
 * threatened), with the way to report. It used to get whatever topic the words were nearest to.
 */
@Component
class FearOfReporting implements SituationResponder {

    /**
     * A report to the police is not a report to this bot: whether the police keep a reporter's name
     * is the police-report-identity topic's answer (trial 13 D10), never "you may stay anonymous".
     */
    private static final Pattern POLICE =
            Pattern.compile("(?iu)\\b(polisi|polres|polsek|polda|police)\\b");

    private final Texts texts;
    private final Menus menus;

    FearOfReporting(Texts texts, Menus menus) {
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public Optional<List<Reply>> respond(Turn turn, Analysis analysis) {
        if (turn.state().active() != null
                || !(turn.message().content() instanceof Content.Text typed)
                || !ReporterFear.beforeReporting(typed.text())
                || POLICE.matcher(typed.text()).find()) {
            return Optional.empty();
        }
        String lang = turn.language();
        return Optional.of(
                List.of(
                        Reply.withButtons(
                                texts.get(lang, "report.fear.before"), menus.mainKeyboard(lang))));
    }
}
