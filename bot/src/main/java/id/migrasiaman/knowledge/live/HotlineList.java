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

    /**
     * The mission FACTS names in a country whose numbers it lacks (12.12 Phnom Penh, 12.10
     * Vientiane): named, with how to reach it, instead of "ask the embassy" to someone who asked
     * for the embassy (trial 17, D16).
     */
    private static final Map<String, Localized> MISSIONS =
            Map.of(
                    "KH", new Localized("KBRI Phnom Penh", "the Indonesian Embassy in Phnom Penh"),
                    "LA", new Localized("KBRI Vientiane", "the Indonesian Embassy in Vientiane"));

    private static final Localized NO_LOCAL_MISSION =
            new Localized(
                    "Nomor darurat setempat dan nomor %1$s belum ada di sumber kami. Hubungi %1$s"
                            + " lewat Hotline Pelindungan WNI Kemlu di bawah atau tombol panik"
                            + " aplikasi Safe Travel (Kemlu), dan lapor diri di peduliwni.kemlu.go.id."
                            + " Jangan percaya nomor \"KBRI\" dari orang lain: ada penipu yang"
                            + " mengaku petugas KBRI.",
                    "The local emergency number and the number of %1$s are not in our sources."
                            + " Reach %1$s through the Foreign Ministry hotline below or the panic"
                            + " button in the Safe Travel app (Kemlu), and register at"
                            + " peduliwni.kemlu.go.id. Do not trust an \"embassy\" number from"
                            + " others: fraudsters pose as embassy staff.");

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
            Localized mission = MISSIONS.get(country);
            html.append("\n\n")
                    .append(
                            Html.escape(
                                    mission == null
                                            ? NO_LOCAL.in(language)
                                            : String.format(
                                                    NO_LOCAL_MISSION.in(language),
                                                    mission.in(language))));
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
