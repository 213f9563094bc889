package id.migrasiaman.emergency;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.choices.Destination;
import id.migrasiaman.nlp.TextAnalyser;
import id.migrasiaman.safety.DangerCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The emergency's buttons ({@code em:}): "Yes, now" raises the alarm whenever it is pressed, even
 * on an old message; "No"; "not an emergency" (only the reporter's own conversation); back to the
 * interrupted flow; add a question to the report; a country's hotlines.
 */
@Component
class AlarmButtons implements ButtonAction {

    static final String PREFIX = "em:";

    private final Alarms alarms;
    private final EmergencyTriage triage;
    private final EmergencyReplies replies;
    private final TextAnalyser analyser;
    private final DangerCheck danger;

    AlarmButtons(
            Alarms alarms,
            EmergencyTriage triage,
            EmergencyReplies replies,
            TextAnalyser analyser,
            DangerCheck danger) {
        this.alarms = alarms;
        this.triage = triage;
        this.replies = replies;
        this.analyser = analyser;
        this.danger = danger;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public boolean accepts(String value) {
        return java.util.Set.of("yes", "no", "resume", "add", "keep").contains(value)
                || value.matches("withdraw:[A-Z0-9-]{1,24}")
                || (value.startsWith("h:") && Destination.hasOwnHotlines(value.substring(2)));
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        boolean ours = EmergencyResponder.NAME.equals(turn.state().flow());
        if (value.equals("yes")) {
            return alarms.confirm(turn, minor(turn));
        }
        if (value.equals("no")) {
            return ours
                    ? alarms.decline(turn)
                    : List.of(
                            replies.withMenu(
                                    replies.t(turn.language(), "emergency.declined"),
                                    turn.language()));
        }
        if (value.startsWith("withdraw:")) {
            return alarms.withdraw(turn, value.substring("withdraw:".length()));
        }
        if (value.equals("resume")) {
            return alarms.backToFlow(turn);
        }
        if (value.equals("add")) {
            return triage.addPending(turn);
        }
        if (value.startsWith("h:")) {
            return countryHotlines(turn, value.substring(2));
        }
        boolean forgot = false;
        if (value.equals("keep") && ours) {
            // "No": the waiting text is forgotten, never stored with the report.
            Map<String, String> data = new HashMap<>(turn.state().data());
            forgot = data.remove(EmergencyTriage.PENDING) != null;
            turn.update(turn.state().inFlow(EmergencyResponder.NAME, turn.state().step(), data));
        }
        String code = turn.state().data().get(Alarms.CODE);
        String key = forgot ? "emergency.kept" : "emergency.active";
        return code != null && ours
                ? List.of(Reply.text(replies.t(turn.language(), key, code)))
                : List.of(
                        replies.withMenu(
                                replies.t(turn.language(), "menu.prompt"), turn.language()));
    }

    /** The hotlines of the country chosen, remembered for this emergency. */
    private List<Reply> countryHotlines(Turn turn, String country) {
        String chosen = country.matches("[A-Z]{2}") ? country : null;
        if (chosen != null && EmergencyResponder.NAME.equals(turn.state().flow())) {
            Map<String, String> data = new HashMap<>(turn.state().data());
            data.put(Countries.KEY, chosen);
            turn.update(turn.state().inFlow(EmergencyResponder.NAME, turn.state().step(), data));
        }
        List<Reply> out = new ArrayList<>();
        out.add(replies.hotlines(turn.language(), chosen));
        return out;
    }

    /** Whether what the person wrote before "Yes, now" speaks of a child. */
    private boolean minor(Turn turn) {
        String before = turn.state().data().getOrDefault(Alarms.TEXT, "");
        return !before.isBlank()
                && danger.assess(before, analyser.analyse(before), DangerCheck.Setting.FREE)
                        .minor();
    }
}
