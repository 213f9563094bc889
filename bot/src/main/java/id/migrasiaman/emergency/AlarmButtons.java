package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.TypedButtonAction;
import id.migrasiaman.conversation.choices.Destination;
import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.nlp.TextAnalyser;
import id.migrasiaman.safety.DangerCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The emergency's buttons ({@code em:}): "Yes, now" raises the alarm whenever it is pressed, even
 * on an old message; "No"; "not an emergency" (only the reporter's own conversation); back to the
 * interrupted flow; add a question to the report; a country's hotlines.
 */
@Component
class AlarmButtons implements TypedButtonAction<AlarmButtons.Press> {

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

    /** A press of an emergency button, parsed once from the button's data. */
    sealed interface Press {}

    /** The buttons without a value. */
    enum Plain implements Press {
        YES,
        NO,
        RESUME,
        ADD,
        KEEP,
        STAY
    }

    /** "Yes, not an emergency": the withdrawal of {@code code}, confirmed. */
    record Sure(String code) implements Press {}

    /** "Not an emergency" for the urgent report {@code code}. */
    record Withdraw(String code) implements Press {}

    /** The hotlines of {@code country}. */
    record Hotlines(String country) implements Press {}

    @Override
    public Optional<Press> parse(String value) {
        for (Plain plain : Plain.values()) {
            if (plain.name().toLowerCase(Locale.ROOT).equals(value)) {
                return Optional.of(plain);
            }
        }
        if (value.matches("withdraw:[A-Z0-9-]{1,24}")) {
            return Optional.of(new Withdraw(value.substring("withdraw:".length())));
        }
        if (value.matches("sure:[A-Z0-9-]{1,24}")) {
            return Optional.of(new Sure(value.substring("sure:".length())));
        }
        if (value.startsWith("h:") && Destination.onEmergencyButtons(value.substring(2))) {
            return Optional.of(new Hotlines(value.substring(2)));
        }
        return Optional.empty();
    }

    @Override
    public List<Reply> pressed(Turn turn, Press press) {
        Optional<EmergencyState> emergency = turn.state().active(EmergencyState.class);
        boolean ours = emergency.isPresent();
        if (press == Plain.YES) {
            return alarms.confirm(turn, minor(turn));
        }
        if (press == Plain.NO) {
            return ours
                    ? alarms.decline(turn)
                    : List.of(
                            replies.withMenu(
                                    replies.t(turn.language(), "emergency.declined"),
                                    turn.language()));
        }
        if (press instanceof Withdraw withdraw) {
            // One more tap: a panicking person's stray "1" must not downgrade a real alarm.
            return List.of(replies.confirmWithdraw(turn.language(), withdraw.code()));
        }
        if (press instanceof Sure sure) {
            return alarms.withdraw(turn, sure.code());
        }
        if (press == Plain.STAY && ours && !emergency.get().code().isEmpty()) {
            return List.of(
                    replies.active(
                            turn.language(),
                            emergency.get().code(),
                            Interruptions.flowIn(emergency.get()).orElse(null)));
        }
        if (press == Plain.RESUME) {
            return alarms.backToFlow(turn);
        }
        if (press == Plain.ADD) {
            return triage.addPending(turn);
        }
        if (press instanceof Hotlines hotlines) {
            return countryHotlines(turn, hotlines.country());
        }
        boolean forgot = false;
        if (press == Plain.KEEP && ours) {
            // "No": the waiting text is forgotten, never stored with the report.
            forgot = !emergency.get().pending().isEmpty();
            turn.update(turn.state().detour(emergency.get().withPending("")));
        }
        String code = emergency.map(EmergencyState::code).orElse("");
        String key = forgot ? "emergency.kept" : "emergency.active";
        return !code.isEmpty() && ours
                ? List.of(Reply.text(replies.t(turn.language(), key, code)))
                : List.of(
                        replies.withMenu(
                                replies.t(turn.language(), "menu.prompt"), turn.language()));
    }

    /** The hotlines of the country chosen, remembered for this emergency. */
    private List<Reply> countryHotlines(Turn turn, String country) {
        String chosen = country.matches("[A-Z]{2}") ? country : null;
        Optional<EmergencyState> emergency = turn.state().active(EmergencyState.class);
        if (chosen != null && emergency.isPresent()) {
            turn.update(turn.state().detour(emergency.get().withCountry(chosen)));
        }
        List<Reply> out = new ArrayList<>();
        out.add(replies.hotlines(turn.language(), chosen));
        return out;
    }

    /** Whether what the person wrote before "Yes, now" speaks of a child. */
    private boolean minor(Turn turn) {
        String before =
                turn.state().active(EmergencyState.class).map(EmergencyState::text).orElse("");
        return !before.isBlank()
                && danger.assess(before, analyser.analyse(before), DangerCheck.Setting.FREE)
                        .minor();
    }
}
