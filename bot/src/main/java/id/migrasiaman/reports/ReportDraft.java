package id.migrasiaman.reports;

import java.util.List;
import java.util.Objects;

/**
 * A complete report as the conversation collected it, ready for {@link ReportQueue#submit}.
 *
 * @param sourceKey idempotency key (e.g. {@code tg:<update_id>}): one key never makes two reports
 * @param reporterPseudonym the reporter's pseudonym (never the channel id)
 * @param language the conversation language ("id", "mkn", "en")
 * @param channel where it came from: "telegram", "try" or "cli"
 * @param urgent whether the reporter signalled an emergency
 * @param what what happened, in the reporter's words
 * @param who the broker's name or alias
 * @param phones the broker's phone numbers (E.164)
 * @param socialMedia the broker's social-media handles or links
 * @param kecamatan the district within Kabupaten Kupang
 * @param village the village (desa/kelurahan)
 * @param latitude shared location, or null
 * @param longitude shared location, or null
 * @param when when it happened, in the reporter's words
 * @param destinations destination countries (ISO 3166-1 alpha-2)
 * @param transits places the workers pass through
 * @param route the route in the reporter's words
 * @param victims how many people were recruited, or null if unknown
 * @param minors whether minors are involved, or null if unknown
 * @param evidence evidence already stored with {@link EvidenceStore}
 * @param messages the reporter's original texts
 * @param contact how to reach the reporter: present only if they agreed to be contacted
 */
public record ReportDraft(
        String sourceKey,
        String reporterPseudonym,
        String language,
        String channel,
        boolean urgent,
        String what,
        String who,
        List<String> phones,
        List<String> socialMedia,
        String kecamatan,
        String village,
        Double latitude,
        Double longitude,
        String when,
        List<String> destinations,
        List<String> transits,
        String route,
        Integer victims,
        Boolean minors,
        List<EvidenceRef> evidence,
        List<String> messages,
        ReporterContact contact) {

    public ReportDraft {
        if (sourceKey == null || sourceKey.isBlank()) {
            throw new IllegalArgumentException("a report needs a source key");
        }
        Objects.requireNonNull(channel, "channel");
        phones = copy(phones);
        socialMedia = copy(socialMedia);
        destinations = copy(destinations);
        transits = copy(transits);
        evidence = copy(evidence);
        messages = copy(messages);
    }

    /** A builder for a draft with {@code sourceKey} coming from {@code channel}. */
    public static ReportDraftBuilder builder(String sourceKey, String channel) {
        return new ReportDraftBuilder(sourceKey, channel);
    }

    /** This draft with the phone numbers replaced (by their normalised form). */
    public ReportDraft withPhones(List<String> normalised) {
        return new ReportDraft(
                sourceKey,
                reporterPseudonym,
                language,
                channel,
                urgent,
                what,
                who,
                normalised,
                socialMedia,
                kecamatan,
                village,
                latitude,
                longitude,
                when,
                destinations,
                transits,
                route,
                victims,
                minors,
                evidence,
                messages,
                contact);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
