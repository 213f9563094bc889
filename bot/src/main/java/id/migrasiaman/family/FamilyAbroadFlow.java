package id.migrasiaman.family;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Flow;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.reports.PendingFiles;
import id.migrasiaman.reports.SubmitResult;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A family whose relative abroad cannot be reached or is in trouble: what they can do now (KP2MI,
 * Portal Peduli WNI, a police report), whether someone is in danger now, then the facts that help a
 * search (name as in the passport, country and city, employer or agency, last news) and a report.
 * "Yes, now" sends an URGENT report at once and adds the later answers to it; otherwise the family
 * sends a normal report after a summary.
 */
@Component
class FamilyAbroadFlow implements Flow, ButtonAction {

    static final String NAME = "family";

    /** The urgent report's code; the same key other features use for "the report of this flow". */
    static final String CODE = "code";

    private static final String CONTACT = "contact";
    private static final int MAX_ANSWER = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FamilyPrompts prompts;
    private final FamilyReports reports;
    private final PendingFiles files;

    FamilyAbroadFlow(FamilyPrompts prompts, FamilyReports reports, PendingFiles files) {
        this.prompts = prompts;
        this.reports = reports;
        this.files = files;
    }

    /** Starts the flow with the family's own words (may be blank) and the countries they named. */
    List<Reply> begin(Turn turn, String story, List<String> destinations) {
        turn.update(
                turn.state().inFlow(NAME, FamilyStep.DANGER.name(), fresh(story, destinations)));
        return prompts.intro(turn.language());
    }

    private static Map<String, String> fresh(String story, List<String> destinations) {
        Map<String, String> data = new HashMap<>();
        byte[] nonce = new byte[9];
        RANDOM.nextBytes(nonce);
        data.put(FamilyReports.NONCE, HexFormat.of().formatHex(nonce));
        data.put(FamilyReports.STORY, bounded(story));
        data.put(FamilyReports.DESTINATIONS, String.join(",", destinations));
        return data;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String prefix() {
        return FamilyPrompts.PREFIX;
    }

    @Override
    public List<Reply> next(Turn turn) {
        String lang = turn.language();
        FamilyStep step = FamilyStep.of(turn.state().step());
        Map<String, String> data = new HashMap<>(turn.state().data());
        Content content = turn.message().content();
        if (content instanceof Content.Media media) {
            return List.of(file(turn, data, media), reprompt(turn, step, data));
        }
        String text =
                content instanceof Content.Location l
                        ? "📍 " + l.latitude() + "," + l.longitude()
                        : content instanceof Content.Text t ? t.text().strip() : "";
        if (text.isEmpty() || !(step.asksText() || step == FamilyStep.DANGER)) {
            return List.of(reprompt(turn, step, data));
        }
        if (step == FamilyStep.DANGER) {
            data.put(FamilyReports.STORY, bounded(data.get(FamilyReports.STORY) + "\n" + text));
            turn.update(turn.state().inFlow(NAME, step.name(), data));
            return List.of(prompts.askDanger(lang, "family.danger.again"));
        }
        data.put(step.name(), bounded(text));
        if (data.containsKey(CODE)) {
            reports.add(turn, data.get(CODE), FamilyReports.labelled(step, text), List.of());
        }
        return advance(turn, data, step);
    }

    @Override
    public boolean accepts(String value) {
        return java.util.Set.of(
                        "danger:yes",
                        "danger:no",
                        "skip",
                        "contact:yes",
                        "contact:no",
                        "send",
                        "cancel")
                .contains(value);
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        String lang = turn.language();
        if (!NAME.equals(turn.state().flow())) {
            // "Yes, someone is in danger now" is never ignored, even from an old message.
            if ("danger:yes".equals(value)) {
                return urgent(turn, fresh("", List.of()));
            }
            return List.of(prompts.withMainMenu(lang, prompts.t(lang, "menu.prompt")));
        }
        Map<String, String> data = new HashMap<>(turn.state().data());
        FamilyStep step = FamilyStep.of(turn.state().step());
        return switch (value) {
            case "danger:yes" -> urgent(turn, data);
            case "danger:no" -> {
                List<Reply> out = new ArrayList<>();
                out.add(Reply.text(prompts.t(lang, "family.normal.start")));
                out.addAll(advance(turn, data, FamilyStep.DANGER));
                yield out;
            }
            case "skip" -> advance(turn, data, step);
            case "contact:yes", "contact:no" -> contact(turn, data, value.endsWith("yes"));
            case "send" -> send(turn, data);
            case "cancel" -> {
                turn.update(turn.state().withoutFlow());
                yield List.of(prompts.withMainMenu(lang, prompts.t(lang, "family.cancelled")));
            }
            default -> List.of(reprompt(turn, step, data));
        };
    }

    private List<Reply> urgent(Turn turn, Map<String, String> data) {
        String lang = turn.language();
        String country = data.getOrDefault(FamilyReports.DESTINATIONS, "").split(",")[0];
        List<Reply> out = new ArrayList<>();
        // The numbers to call come first; the alarm follows.
        out.add(prompts.urgentNow(lang, country.isBlank() ? null : country));
        if (!data.containsKey(CODE)) {
            SubmitResult result = reports.urgent(turn, data);
            data.put(CODE, result.code());
            if (PendingFiles.count(data) > 0) {
                reports.add(turn, result.code(), null, files.storeAll(turn, data));
            }
        }
        out.add(Reply.text(prompts.t(lang, "family.urgent.sent", data.get(CODE))));
        out.addAll(advance(turn, data, FamilyStep.DANGER));
        return out;
    }

    private List<Reply> contact(Turn turn, Map<String, String> data, boolean allowed) {
        String lang = turn.language();
        String address = allowed ? turn.message().replyAddress() : null;
        data.put(CONTACT, address == null ? "" : address);
        if (data.containsKey(CODE)) {
            if (allowed) {
                reports.allowContact(turn, data.get(CODE), address);
            }
            turn.update(turn.state().withoutFlow());
            return List.of(
                    prompts.withMenu(lang, prompts.t(lang, "family.urgent.done", data.get(CODE))));
        }
        turn.update(turn.state().inFlow(NAME, FamilyStep.SUMMARY.name(), data));
        return List.of(prompts.summary(lang, data, address != null));
    }

    private List<Reply> send(Turn turn, Map<String, String> data) {
        String lang = turn.language();
        SubmitResult result = reports.normal(turn, data, data.get(CONTACT));
        turn.update(turn.state().withoutFlow());
        String key =
                result.outcome() == SubmitResult.Outcome.QUEUED_LOCALLY
                        ? "family.queued"
                        : "family.sent";
        return List.of(prompts.withMenu(lang, prompts.t(lang, key, result.code())));
    }

    private Reply file(Turn turn, Map<String, String> data, Content.Media media) {
        int count;
        if (data.containsKey(CODE)) {
            var stored = files.store(turn, media).stream().toList();
            reports.add(turn, data.get(CODE), media.caption(), stored);
            count = stored.size();
        } else {
            count = PendingFiles.add(data, media);
            if (media.caption() != null && !media.caption().isBlank()) {
                // A caption is read like a text: it belongs to the family's account.
                String story = data.getOrDefault(FamilyReports.STORY, "");
                data.put(FamilyReports.STORY, bounded(story + "\n" + media.caption()));
            }
            turn.update(turn.state().inFlow(NAME, turn.state().step(), data));
        }
        return Reply.text(prompts.t(turn.language(), "family.file.saved", count));
    }

    /** Back from an emergency: the question of the step the family was at. */
    @Override
    public List<Reply> resume(Turn turn) {
        FamilyStep step = FamilyStep.of(turn.state().step());
        return List.of(reprompt(turn, step, turn.state().data()));
    }

    private List<Reply> advance(Turn turn, Map<String, String> data, FamilyStep from) {
        FamilyStep next = from.next();
        turn.update(turn.state().inFlow(NAME, next.name(), data));
        return List.of(reprompt(turn, next, data));
    }

    private Reply reprompt(Turn turn, FamilyStep step, Map<String, String> data) {
        String lang = turn.language();
        return switch (step) {
            case DANGER -> prompts.askDanger(lang, "family.danger.again");
            case SUMMARY -> prompts.summary(lang, data, !data.getOrDefault(CONTACT, "").isBlank());
            default -> prompts.ask(step, lang);
        };
    }

    private static String bounded(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() > MAX_ANSWER ? t.substring(0, MAX_ANSWER) : t;
    }
}
