package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Reply.Button;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.choices.Destination;
import id.migrasiaman.conversation.flows.ReportStep;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The question and buttons of each report step. Button data starts with {@code r:}. */
@Component
public class ReportPrompts {

    static final String PREFIX = "r:";
    private static final List<Destination> DESTINATIONS = Destination.REPORT;

    /** The values of the "when", "how many" and "minors" buttons, as offered below. */
    static final List<String> WHEN = List.of("today", "week", "month", "older");

    static final List<String> VICTIMS = List.of("1", "2-5", "6+", "?");
    static final List<String> MINORS = List.of("yes", "no", "?");

    /** The steps the summary offers to change. */
    static final List<String> EDITABLE =
            List.of(
                    "WHAT",
                    "WHO",
                    "WHERE",
                    "WHEN",
                    "DESTINATION",
                    "VICTIMS",
                    "EVIDENCE",
                    "CONTACT");

    private final Texts texts;

    ReportPrompts(Texts texts) {
        this.texts = texts;
    }

    Reply ask(ReportStep step, String lang) {
        return switch (step) {
            case CONFIRM ->
                    Reply.withButtons(
                            t(lang, "report.offer"),
                            List.of(
                                    List.of(
                                            button(lang, "report.offer.yes", "start"),
                                            button(lang, "report.offer.no", "cancel"))));
            case WHAT -> withSkip(lang, "report.ask.what", List.of());
            case WHO -> withSkip(lang, "report.ask.who", List.of());
            case WHERE -> new Reply(t(lang, "report.ask.where"), kecamatanRows(lang), false);
            case VILLAGE -> withSkip(lang, "report.ask.village", List.of());
            case WHEN ->
                    withSkip(
                            lang,
                            "report.ask.when",
                            List.of(
                                    List.of(
                                            button(lang, "report.when.today", "when:today"),
                                            button(lang, "report.when.week", "when:week")),
                                    List.of(
                                            button(lang, "report.when.month", "when:month"),
                                            button(lang, "report.when.older", "when:older"))));
            case DESTINATION -> withSkip(lang, "report.ask.destination", destinationRows(lang));
            case ROUTE -> withSkip(lang, "report.ask.route", List.of());
            case VICTIMS ->
                    withSkip(
                            lang,
                            "report.ask.victims",
                            List.of(
                                    List.of(
                                            new Button("1", PREFIX + "victims:1"),
                                            new Button("2–5", PREFIX + "victims:2-5"),
                                            new Button("> 5", PREFIX + "victims:6+"),
                                            button(lang, "report.victims.unknown", "victims:?"))));
            case MINORS -> minors(lang, "report.ask.minors");
            case EVIDENCE ->
                    Reply.withButtons(
                            t(lang, "report.ask.evidence"),
                            List.of(List.of(button(lang, "report.done", "done"))));
            case CONTACT ->
                    Reply.withButtons(
                            t(lang, "report.ask.contact"),
                            List.of(
                                    List.of(button(lang, "report.contact.anonymous", "contact:no")),
                                    List.of(
                                            button(
                                                    lang,
                                                    "report.contact.allowed",
                                                    "contact:yes"))));
            case SUMMARY, EDIT ->
                    throw new IllegalArgumentException("summary is rendered by ReportSummary");
        };
    }

    /**
     * The under-18 question when the story already told of a child: shown as known ("Ya"), with the
     * same buttons to correct it.
     */
    Reply minorsKnown(String lang) {
        return minors(lang, "report.ask.minors.known");
    }

    private Reply minors(String lang, String key) {
        return withSkip(
                lang,
                key,
                List.of(
                        List.of(
                                button(lang, "report.minors.yes", "minors:yes"),
                                button(lang, "report.minors.no", "minors:no"),
                                button(lang, "report.minors.unknown", "minors:?"))));
    }

    /** "Who is it?" with the recruiter already told ({@code known}), to add to or skip. */
    Reply whoKnown(String lang, String known) {
        return Reply.withButtons(
                t(lang, "report.ask.who.known", Html.escape(known)),
                List.of(List.of(button(lang, "report.skip.known", "skip"))));
    }

    Reply chooseEdit(String lang) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < EDITABLE.size(); i += 2) {
            List<Button> row = new ArrayList<>();
            for (int j = i; j < Math.min(i + 2, EDITABLE.size()); j++) {
                String step = EDITABLE.get(j);
                row.add(
                        new Button(
                                t(
                                        lang,
                                        "report.summary."
                                                + step.toLowerCase(java.util.Locale.ROOT)),
                                PREFIX + "edit:" + step));
            }
            rows.add(row);
        }
        return Reply.withButtons(t(lang, "report.edit.choose"), rows);
    }

    public Button button(String lang, String key, String value) {
        return new Button(t(lang, key), PREFIX + value);
    }

    public String t(String lang, String key, Object... args) {
        return texts.get(lang, key, args);
    }

    private Reply withSkip(String lang, String key, List<List<Button>> rows) {
        List<List<Button>> all = new ArrayList<>(rows);
        all.add(List.of(button(lang, "report.skip", "skip")));
        return Reply.withButtons(t(lang, key), all);
    }

    private List<List<Button>> kecamatanRows(String lang) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < Kecamatan.ALL.size(); i += 2) {
            rows.add(
                    List.of(
                            new Button(Kecamatan.ALL.get(i), PREFIX + "kec:" + i),
                            new Button(Kecamatan.ALL.get(i + 1), PREFIX + "kec:" + (i + 1))));
        }
        rows.add(List.of(button(lang, "report.skip", "skip")));
        return rows;
    }

    private List<List<Button>> destinationRows(String lang) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < DESTINATIONS.size(); i += 3) {
            List<Button> row = new ArrayList<>();
            for (int j = i; j < i + 3; j++) {
                Destination d = DESTINATIONS.get(j);
                row.add(new Button(d.label(lang), PREFIX + "dest:" + d.name()));
            }
            rows.add(row);
        }
        rows.add(List.of(button(lang, "report.dest.other", "dest:other")));
        return rows;
    }
}
