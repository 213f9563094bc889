package id.migrasiaman.knowledge.live;

import id.migrasiaman.conversation.Html;
import id.migrasiaman.knowledge.Localized;
import id.migrasiaman.knowledge.content.Hotline;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders hotlines.yml as the {@code /darurat} message. In Indonesia (or when the country is not
 * known) the numbers that work there, in file order; abroad the country's own numbers first, then
 * those that work from anywhere, then one line for the family at home, marked as Indonesia only.
 */
final class HotlineList {

    private static final Map<String, Localized> KINDS =
            Map.of(
                    "phone", new Localized("telepon", "call"),
                    "whatsapp", new Localized("WhatsApp", "WhatsApp"),
                    "sms", new Localized("SMS", "SMS"));

    private static final Localized HEADING =
            new Localized("Nomor bantuan resmi", "Official help numbers");
    private static final Localized IN_COUNTRY =
            new Localized("Nomor darurat di %s", "Emergency numbers in %s");
    private static final Localized ANYWHERE = new Localized("Dari mana saja", "From anywhere");
    private static final Localized AT_HOME =
            new Localized(
                    "Untuk keluarga di Indonesia (hanya berlaku di Indonesia)",
                    "For the family in Indonesia (these work only in Indonesia)");
    private static final Localized NO_LOCAL =
            new Localized(
                    "Nomor darurat setempat: tanyakan ke KBRI/KJRI, atau tekan tombol panik di aplikasi"
                            + " Safe Travel (Kemlu).",
                    "Local emergency number: ask the Indonesian embassy or consulate, or press the"
                            + " panic button in the Safe Travel app (Kemlu).");
    private static final Map<String, Localized> COUNTRY_NAMES =
            Map.of(
                    "MY", new Localized("Malaysia", "Malaysia"),
                    "SG", new Localized("Singapura", "Singapore"),
                    "HK", new Localized("Hong Kong", "Hong Kong"),
                    "TW", new Localized("Taiwan", "Taiwan"));

    private HotlineList() {}

    static String render(List<Hotline> hotlines, String language) {
        return render(hotlines, language, null);
    }

    static String render(List<Hotline> hotlines, String language, String country) {
        if (country == null || country.isBlank() || "ID".equals(country)) {
            StringBuilder html = heading(HEADING.in(language));
            hotlines.stream().filter(h -> h.worksIn("ID")).forEach(h -> entry(html, h, language));
            return html.toString();
        }
        StringBuilder html =
                heading(String.format(IN_COUNTRY.in(language), name(country, language)));
        List<Hotline> local = hotlines.stream().filter(h -> h.local(country)).toList();
        local.forEach(h -> entry(html, h, language));
        if (local.isEmpty()) {
            html.append("\n\n").append(Html.escape(NO_LOCAL.in(language)));
        }
        html.append("\n\n<b>").append(ANYWHERE.in(language)).append("</b>");
        hotlines.stream()
                .filter(h -> h.worksIn(country) && !h.local(country))
                .forEach(h -> entry(html, h, language));
        List<String> home =
                hotlines.stream()
                        .filter(h -> !h.worksIn(country) && h.worksIn("ID"))
                        .map(h -> h.name().in(language) + " " + h.number())
                        .toList();
        if (!home.isEmpty()) {
            html.append("\n\n<i>")
                    .append(AT_HOME.in(language))
                    .append(":</i> ")
                    .append(Html.escape(String.join(" · ", home)));
        }
        return html.toString();
    }

    private static StringBuilder heading(String title) {
        return new StringBuilder("<b>").append(Html.escape(title)).append("</b>");
    }

    private static void entry(StringBuilder html, Hotline hotline, String language) {
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

    private static String name(String country, String language) {
        Localized known = COUNTRY_NAMES.get(country);
        if (known != null) {
            return known.in(language);
        }
        Locale in = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("id");
        return new Locale("", country).getDisplayCountry(in);
    }
}
