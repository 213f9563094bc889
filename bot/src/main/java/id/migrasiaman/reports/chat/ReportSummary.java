package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.choices.Destination;
import java.util.List;
import org.springframework.stereotype.Component;

/** The summary shown before sending: every answer (escaped) and Send / Change / Cancel. */
@Component
class ReportSummary {

    private final ReportPrompts prompts;

    ReportSummary(ReportPrompts prompts) {
        this.prompts = prompts;
    }

    Reply render(String lang, ReportData data) {
        StringBuilder text =
                new StringBuilder(prompts.t(lang, "report.summary.title")).append('\n');
        line(text, lang, "report.summary.what", data.what);
        line(text, lang, "report.summary.who", join(data.who, String.join(", ", data.phones)));
        line(
                text,
                lang,
                "report.summary.where",
                join(
                        data.kecamatan,
                        withoutLeading(data.village, data.kecamatan),
                        data.lat == null ? "" : "📍"));
        line(text, lang, "report.summary.when", whenLabel(lang, data.when));
        line(
                text,
                lang,
                "report.summary.destination",
                join(
                        String.join(
                                ", ",
                                data.destinations.stream()
                                        .map(code -> Destination.name(code, lang))
                                        .toList()),
                        data.route));
        line(text, lang, "report.summary.victims", join(data.victims, data.people));
        line(text, lang, "report.summary.minors", minorsLabel(lang, data.minors));
        line(text, lang, "report.summary.evidence", String.valueOf(data.evidence().size()));
        line(
                text,
                lang,
                "report.summary.contact",
                prompts.t(lang, data.contact.isEmpty() ? "report.no" : "report.yes"));
        text.append('\n').append(prompts.t(lang, "report.summary.confirm"));
        return Reply.withButtons(
                text.toString(),
                List.of(
                        List.of(prompts.button(lang, "report.send", "send")),
                        List.of(
                                prompts.button(lang, "report.edit", "edit"),
                                prompts.button(lang, "report.cancel", "cancel"))));
    }

    private void line(StringBuilder text, String lang, String key, String value) {
        String shown =
                value == null || value.isBlank()
                        ? prompts.t(lang, "report.summary.empty")
                        : abbreviate(value);
        text.append("• ")
                .append(prompts.t(lang, key))
                .append(": ")
                .append(Html.escape(shown))
                .append('\n');
    }

    private String whenLabel(String lang, String when) {
        return switch (when) {
            case "today", "week", "month", "older" -> prompts.t(lang, "report.when." + when);
            default -> when;
        };
    }

    private String minorsLabel(String lang, String minors) {
        return switch (minors) {
            case "yes", "no" -> prompts.t(lang, "report.minors." + minors);
            case "?" -> prompts.t(lang, "report.minors.unknown");
            default -> minors;
        };
    }

    private static String join(String... parts) {
        return String.join(
                " · ",
                java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    /** "fatuleu barat Naitae" after the kecamatan Fatuleu Barat: "Naitae", not the name twice. */
    static String withoutLeading(String village, String kecamatan) {
        if (village == null || kecamatan == null || kecamatan.isBlank()) {
            return village;
        }
        String v = village.strip();
        int end = kecamatan.length();
        if (v.regionMatches(true, 0, kecamatan, 0, end)
                && (v.length() == end || !Character.isLetterOrDigit(v.charAt(end)))) {
            return v.substring(end).replaceFirst("^[\\s,.;:-]+", "");
        }
        return village;
    }

    private static String abbreviate(String value) {
        String flat = value.replace('\n', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
