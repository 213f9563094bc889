package id.migrasiaman.knowledge;

import java.util.List;
import java.util.Map;

/**
 * Renders hotlines.yml as the {@code /darurat} message: one entry per Indonesian number, in file
 * order. Local lines abroad (with a {@code country}) are shown by the topics that need them.
 */
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
        for (Hotline hotline : hotlines.stream().filter(Hotline::indonesian).toList()) {
            Localized kind = KINDS.getOrDefault(hotline.kind(), new Localized("", ""));
            html.append("\n\n• <b>")
                    .append(Escape.html(hotline.name().in(language)))
                    .append("</b>: ")
                    .append(Escape.html(kind.in(language)))
                    .append(' ')
                    .append(Escape.html(hotline.number()))
                    .append('\n')
                    .append(Escape.html(hotline.when().in(language)));
        }
        return html.toString();
    }
}
