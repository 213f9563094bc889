package id.migrasiaman.answers;

import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What to say to someone about to leave for a country with no placement agreement (FACTS 12.4,
 * 12.5): do not go, and if he goes anyway, what keeps him reachable (FACTS 11.1, 12.12, 14.3); who
 * to call there (the mission of that country, the Kemlu hotline, Safe Travel — never another
 * country's numbers); a ticket paid by the recruiter is a scam sign there (FACTS 12.9).
 */
final class RiskyDepartures {

    /** Countries with no placement agreement (ISO-3166 alpha-2; nlp lexicon no-placement.txt). */
    static final Set<String> NO_PLACEMENT = Set.of("KH", "TH", "MM", "LA");

    /** The order in which a country of the conversation is named (Cambodia most often). */
    private static final List<String> ORDER = List.of("KH", "MM", "TH", "LA");

    /** The mission FACTS names for a country (12.12 Phnom Penh, 12.10 Vientiane). */
    private static final Map<String, String> MISSION =
            Map.of("KH", "Phnom Penh", "LA", "Vientiane");

    /** The ticket or the room paid by the recruiter ("tiket dorang yang tanggung"). */
    static final Pattern FREE_TRAVEL =
            Pattern.compile(
                    "\\b(tiket|ticket|tickets|pesawat|flight|penginapan|mess|tempat tinggal"
                            + "|akomodasi|accommodation|hotel)\\b.{0,40}\\b(tanggung|ditanggung"
                            + "|gratis|free|dibayar|dibayarin|bayarin|paid|covered|cover|covers)\\b"
                            + "|\\b(gratis|free|dibayar|ditanggung)\\b.{0,20}\\b(tiket|ticket"
                            + "|pesawat|flight|penginapan|accommodation)\\b"
                            + "|\\b(they|he|she|the company|the agent|dorang|dong|mereka|agen|bos)"
                            + " (pay|pays|paid|cover|covers|covered|bayar|tanggung)( for)? (the |my |our )?"
                            + "(plane |flight )?(ticket|tickets|tiket|flight|pesawat)\\b");

    private final Texts texts;
    private final Menus menus;

    RiskyDepartures(Texts texts, Menus menus) {
        this.texts = texts;
        this.menus = menus;
    }

    /** The country with no placement agreement the conversation named, if any. */
    static Optional<String> noPlacementCountry(OfferContext context) {
        return ORDER.stream().filter(context.countries()::contains).findFirst();
    }

    /** "beta su beli tiket, berangkat lusa": do not go; if you go, how to stay reachable. */
    List<Reply> goingAnyway(String lang, String country) {
        String html =
                texts.get(lang, "offer.depart.stop", name(lang, country))
                        + "\n\n"
                        + texts.get(lang, "offer.depart.anyway", mission(lang, country));
        return reply(lang, html);
    }

    /** "kalau ada masalah di sana, hubungi siapa?": that country's mission, not Malaysia's. */
    List<Reply> whoToCall(String lang, String country) {
        return reply(
                lang,
                texts.get(lang, "offer.depart.help", name(lang, country), mission(lang, country)));
    }

    /** "should I contact the embassy? I don't have their number", asked from there. */
    List<Reply> missionThere(String lang, String country) {
        return reply(lang, texts.get(lang, "abroad.mission.there", mission(lang, country)));
    }

    /** "is there a way to get out without my passport?", asked from there. */
    List<Reply> withoutPassport(String lang, String country) {
        return reply(lang, texts.get(lang, "abroad.nopassport", mission(lang, country)));
    }

    /** "tiket pesawat dorang yang tanggung": a scam sign there, not the zero-cost scheme. */
    List<Reply> freeTravel(String lang, String country) {
        return reply(lang, texts.get(lang, "offer.depart.freetravel", name(lang, country)));
    }

    private String name(String lang, String country) {
        return texts.get(lang, "offer.country." + country);
    }

    private String mission(String lang, String country) {
        return MISSION.containsKey(country)
                ? "KBRI " + MISSION.get(country)
                : texts.get(lang, "offer.mission.other", name(lang, country));
    }

    private List<Reply> reply(String lang, String html) {
        List<List<Reply.Button>> rows = OfferCheck.offerRows(texts, lang);
        rows.add(List.of(menus.backButton(lang)));
        return List.of(Reply.withButtons(html, rows));
    }
}
