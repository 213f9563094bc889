package id.migrasiaman.knowledge.live;

import id.migrasiaman.conversation.Html;
import id.migrasiaman.knowledge.Localized;
import id.migrasiaman.knowledge.content.Hotline;
import java.util.List;
import java.util.Map;

/** Renders hotlines.yml as the {@code /darurat} message: one entry per number, in file order. */
final class HotlineList {

    private static final Map<String, Localized> KINDS =
            Map.of(
                    "phone", new Localized("telepon", "call"),
                    "whatsapp", new Localized("WhatsApp", "WhatsApp"),
                    "sms", new Localized("SMS", "SMS"));

    private static final Localized HEADING =
            new Localized("Nomor bantuan resmi", "Official help numbers");

    private HotlineList() {}

    static String render(List<Hotline> hotlines, String language) {
        StringBuilder html = new StringBuilder("<b>").append(HEADING.in(language)).append("</b>");
        for (Hotline hotline : hotlines) {
            Localized kind = KINDS.getOrDefault(hotline.kind(), new Localized("", ""));
            html.append("\n\n• <b>")
                    .append(Html.escape(hotline.name().in(language)))
                    .append("</b>: ")
                    .append(Html.escape(kind.in(language)))
                    .append(' ')
                    .append(Html.escape(hotline.number()))
                    .append('\n')
                    .append(Html.escape(hotline.when().in(language)));
        }
        return html.toString();
    }
}
