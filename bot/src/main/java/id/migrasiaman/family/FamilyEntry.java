package id.migrasiaman.family;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.CommandAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.SituationResponder;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.TextAnalyser;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Ways into the family flow: {@code /keluarga}, the menu's "family member abroad", and a message
 * that tells of a relative abroad who cannot be reached or is in trouble.
 */
@Component
class FamilyEntry implements CommandAction, ButtonAction, SituationResponder {

    private final FamilyAbroadFlow flow;
    private final TextAnalyser analyser;

    FamilyEntry(FamilyAbroadFlow flow, TextAnalyser analyser) {
        this.flow = flow;
        this.analyser = analyser;
    }

    @Override
    public Set<String> commands() {
        return Set.of("keluarga", "family");
    }

    @Override
    public List<Reply> run(Turn turn, Content.Command command) {
        String story = command.argument();
        List<String> countries =
                story.isBlank() ? List.of() : analyser.analyse(story).entities().destinations();
        return flow.begin(turn, story, countries);
    }

    @Override
    public String prefix() {
        return Menus.FAMILY;
    }

    @Override
    public boolean accepts(String value) {
        return value.isEmpty();
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        return flow.begin(turn, "", List.of());
    }

    @Override
    public Optional<List<Reply>> respond(Turn turn, Analysis analysis) {
        if (!FamilyAbroadSignals.matches(analysis.text(), analysis.entities(), analysis.intent())) {
            return Optional.empty();
        }
        return Optional.of(flow.begin(turn, analysis.text(), analysis.entities().destinations()));
    }
}
