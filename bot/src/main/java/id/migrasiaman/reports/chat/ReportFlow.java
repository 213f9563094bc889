package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Flow;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.choices.Destination;
import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.TextAnalyser;
import id.migrasiaman.reports.evidence.EvidenceIntake;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The guided broker report: what, who, where, when, destination and route, how many people and
 * minors, evidence, contact consent, then a summary to send, change or cancel. Its state lives in
 * the conversation state, so an unfinished report resumes after a restart.
 */
@Component
class ReportFlow implements Flow, ButtonAction {

    static final String NAME = "report";

    private final ReportPrompts prompts;
    private final ReportSummary summary;
    private final ReportSubmission submission;
    private final EvidenceIntake evidence;
    private final Menus menus;
    private final TextAnalyser analyser;

    ReportFlow(
            ReportPrompts prompts,
            ReportSummary summary,
            ReportSubmission submission,
            EvidenceIntake evidence,
            Menus menus,
            TextAnalyser analyser) {
        this.prompts = prompts;
        this.summary = summary;
        this.submission = submission;
        this.evidence = evidence;
        this.menus = menus;
        this.analyser = analyser;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String prefix() {
        return ReportPrompts.PREFIX;
    }

    /** Starts a report, pre-filled with what is already known, at {@code first}. */
    List<Reply> begin(Turn turn, Map<String, String> prefill, ReportStep first) {
        Map<String, String> data = new HashMap<>(prefill);
        data.putIfAbsent(ReportData.NONCE, ReportData.newNonce());
        turn.update(turn.state().inFlow(NAME, first.name(), data));
        if (first == ReportStep.CONFIRM) {
            return List.of(prompts.ask(first, turn.language()));
        }
        return List.of(
                Reply.text(prompts.t(turn.language(), "report.intro")),
                prompts.ask(first, turn.language()));
    }

    @Override
    public List<Reply> next(Turn turn) {
        ReportStep step = ReportStep.of(turn.state().step());
        ReportData data = new ReportData(turn.state().data());
        Content content = turn.message().content();
        if (content instanceof Content.Media media) {
            return List.of(evidence.accept(turn, media, data));
        }
        if (content instanceof Content.Location location
                && (step == ReportStep.WHERE || step == ReportStep.VILLAGE)) {
            data.put(ReportData.LAT, String.valueOf(location.latitude()));
            data.put(ReportData.LON, String.valueOf(location.longitude()));
            return advance(turn, data, ReportStep.VILLAGE);
        }
        if (content instanceof Content.Text text
                && !text.text().isBlank()
                && step.ordinal() < ReportStep.EVIDENCE.ordinal()) {
            data.appendText(fieldOf(step), text.text());
            remember(data, analyser.analyse(text.text()).entities());
            return advance(turn, data, step);
        }
        return List.of(
                Reply.text(prompts.t(turn.language(), "report.unanswerable")),
                reprompt(turn, step, data));
    }

    /** Back to the report after an interruption: the question of the step it was at. */
    @Override
    public List<Reply> resume(Turn turn) {
        ReportStep step = ReportStep.of(turn.state().step());
        return List.of(reprompt(turn, step, new ReportData(turn.state().data())));
    }

    @Override
    public boolean accepts(String value) {
        String[] parts = value.split(":", 2);
        String arg = parts.length > 1 ? parts[1] : null;
        return switch (parts[0]) {
            case "fromoffer", "start", "cancel", "skip", "done", "send" -> arg == null;
            case "kec" -> arg != null && arg.matches("[0-9]{1,2}") && Kecamatan.at(arg) != null;
            case "when" -> ReportPrompts.WHEN.contains(arg);
            case "victims" -> ReportPrompts.VICTIMS.contains(arg);
            case "minors" -> ReportPrompts.MINORS.contains(arg);
            case "dest" -> "other".equals(arg) || Destination.in(Destination.REPORT, arg);
            case "contact" -> "yes".equals(arg) || "no".equals(arg);
            case "edit" -> arg == null || ReportPrompts.EDITABLE.contains(arg);
            default -> false;
        };
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        if ("fromoffer".equals(value)) {
            // From the offer checker: the checked offer becomes the first answer.
            String offer = turn.state().data().getOrDefault("offer", "");
            return begin(
                    turn,
                    offer.isBlank() ? Map.of() : Map.of(ReportData.WHAT, offer),
                    offer.isBlank() ? ReportStep.WHAT : ReportStep.WHO);
        }
        if (!NAME.equals(turn.state().flow())) {
            return List.of(menus.main(turn.language()));
        }
        ReportStep step = ReportStep.of(turn.state().step());
        ReportData data = new ReportData(turn.state().data());
        String[] parts = value.split(":", 2);
        String arg = parts.length > 1 ? parts[1] : "";
        return switch (parts[0]) {
            case "start" -> begin(turn, data.values(), ReportStep.WHAT);
            case "cancel" -> cancel(turn);
            case "skip", "done" -> advance(turn, data, step);
            case "kec" -> choose(turn, data, step, ReportData.KECAMATAN, Kecamatan.at(arg));
            case "when", "victims", "minors" -> choose(turn, data, step, parts[0], arg);
            case "dest" -> {
                if (!"other".equals(arg)) {
                    data.addToList(ReportData.DESTINATIONS, arg);
                }
                yield advance(turn, data, step);
            }
            case "contact" -> contact(turn, data, "yes".equals(arg));
            case "send" -> send(turn, data);
            case "edit" ->
                    arg.isEmpty()
                            ? List.of(prompts.chooseEdit(turn.language()))
                            : edit(turn, data, arg);
            default -> List.of(reprompt(turn, step, data));
        };
    }

    private List<Reply> choose(
            Turn turn, ReportData data, ReportStep step, String key, String value) {
        if (value != null && !value.isBlank()) {
            data.put(key, value);
        }
        return advance(turn, data, step);
    }

    private List<Reply> contact(Turn turn, ReportData data, boolean allowed) {
        String address = turn.message().replyAddress();
        data.put(ReportData.CONTACT, allowed && address != null ? address : "");
        return advance(turn, data, ReportStep.CONTACT);
    }

    private List<Reply> advance(Turn turn, ReportData data, ReportStep from) {
        ReportStep next = from.next(data.editing());
        data.setEditing(false);
        turn.update(turn.state().inFlow(NAME, next.name(), data.values()));
        return List.of(reprompt(turn, next, data));
    }

    private List<Reply> edit(Turn turn, ReportData data, String field) {
        ReportStep step = ReportStep.of(field);
        data.setEditing(true);
        turn.update(turn.state().inFlow(NAME, step.name(), data.values()));
        return List.of(prompts.ask(step, turn.language()));
    }

    private List<Reply> send(Turn turn, ReportData data) {
        List<Reply> replies = submission.submit(turn, data);
        turn.update(turn.state().withoutFlow());
        return replies;
    }

    private List<Reply> cancel(Turn turn) {
        turn.update(turn.state().withoutFlow());
        return List.of(
                Reply.withButtons(
                        prompts.t(turn.language(), "cancel.done"),
                        menus.mainKeyboard(turn.language())));
    }

    private Reply reprompt(Turn turn, ReportStep step, ReportData data) {
        return step == ReportStep.SUMMARY
                ? summary.render(turn.language(), data)
                : prompts.ask(step, turn.language());
    }

    /** Keeps the phones and places found in free text, so the summary shows them normalised. */
    private static void remember(ReportData data, Entities found) {
        found.phones().forEach(p -> data.addToList(ReportData.PHONES, p));
        found.destinations().forEach(d -> data.addToList(ReportData.DESTINATIONS, d));
        found.transits().forEach(t -> data.addToList(ReportData.TRANSITS, t));
        if (data.get(ReportData.KECAMATAN).isBlank() && !found.kecamatan().isEmpty()) {
            data.put(ReportData.KECAMATAN, found.kecamatan().get(0));
        }
    }

    private static String fieldOf(ReportStep step) {
        return switch (step) {
            case WHO -> ReportData.WHO;
            case WHERE, VILLAGE -> ReportData.VILLAGE;
            case WHEN -> ReportData.WHEN;
            case DESTINATION, ROUTE -> ReportData.ROUTE;
            case VICTIMS, MINORS -> ReportData.PEOPLE;
            default -> ReportData.WHAT;
        };
    }
}
