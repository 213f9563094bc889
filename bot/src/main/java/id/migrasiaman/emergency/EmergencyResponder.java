package id.migrasiaman.emergency;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.CommandAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Flow;
import id.migrasiaman.conversation.IntentResponder;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Emergencies: hotlines first, then what to do now and a button to share the location. A message
 * about danger creates an URGENT report at once (staff are alerted by the report event); {@code
 * /darurat} and the menu button ask what is happening first. Later messages and a shared location
 * are added to the same urgent report.
 */
@Component
class EmergencyResponder implements IntentResponder, CommandAction, ButtonAction, Flow {

    static final String NAME = "emergency";
    private static final String CODE = "code";

    private final EmergencyReplies replies;
    private final UrgentReports urgent;

    EmergencyResponder(EmergencyReplies replies, UrgentReports urgent) {
        this.replies = replies;
        this.urgent = urgent;
    }

    @Override
    public Intent intent() {
        return Intent.EMERGENCY;
    }

    @Override
    public List<Reply> respond(Turn turn, Analysis analysis) {
        String code = urgent.open(turn, analysis.text());
        turn.update(turn.state().inFlow(NAME, "FOLLOW", Map.of(CODE, code)));
        List<Reply> out = new ArrayList<>(replies.hotlinesFirst(turn.language()));
        out.add(replies.alerted(turn.language(), code));
        return out;
    }

    @Override
    public Set<String> commands() {
        return Set.of("darurat", "emergency", "sos");
    }

    @Override
    public List<Reply> run(Turn turn, Content.Command command) {
        if (!command.argument().isBlank()) {
            return respond(
                    turn,
                    new Analysis(
                            command.argument(),
                            turn.language(),
                            Intent.EMERGENCY,
                            1,
                            id.migrasiaman.nlp.Entities.NONE));
        }
        return askWhatHappens(turn);
    }

    @Override
    public String prefix() {
        return Menus.EMERGENCY;
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        return askWhatHappens(turn);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Reply> next(Turn turn) {
        String code = turn.state().data().get(CODE);
        Content content = turn.message().content();
        if (code == null) {
            if (content instanceof Content.Text text && !text.text().isBlank()) {
                String opened = urgent.open(turn, text.text());
                turn.update(turn.state().inFlow(NAME, "FOLLOW", Map.of(CODE, opened)));
                return List.of(replies.alerted(turn.language(), opened));
            }
            if (content instanceof Content.Location location) {
                String opened =
                        urgent.open(turn, "📍 " + location.latitude() + "," + location.longitude());
                turn.update(turn.state().inFlow(NAME, "FOLLOW", Map.of(CODE, opened)));
                return List.of(replies.alerted(turn.language(), opened));
            }
            return askWhatHappens(turn);
        }
        try {
            urgent.add(turn, code, content);
        } catch (RuntimeException e) {
            // Storage away: the report itself is safe (outbox); repeat the hotlines rather than
            // fail.
            return replies.hotlinesFirst(turn.language());
        }
        return List.of(replies.added(turn.language(), code));
    }

    private List<Reply> askWhatHappens(Turn turn) {
        turn.update(turn.state().inFlow(NAME, "DETAILS", Map.of()));
        List<Reply> out = new ArrayList<>(replies.hotlinesFirst(turn.language()));
        out.add(replies.askDetails(turn.language()));
        return out;
    }
}
