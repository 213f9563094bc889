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
    public static Builder builder(String sourceKey, String channel) {
        return new Builder(sourceKey, channel);
    }

    /** This draft with the phone numbers replaced (by their normalised form). */
    ReportDraft withPhones(List<String> normalised) {
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

    /** Builds a {@link ReportDraft} field by field; unset fields are empty or null. */
    public static final class Builder {
        private final String sourceKey;
        private final String channel;
        private String reporterPseudonym;
        private String language = "id";
        private boolean urgent;
        private String what;
        private String who;
        private List<String> phones;
        private List<String> socialMedia;
        private String kecamatan;
        private String village;
        private Double latitude;
        private Double longitude;
        private String when;
        private List<String> destinations;
        private List<String> transits;
        private String route;
        private Integer victims;
        private Boolean minors;
        private List<EvidenceRef> evidence;
        private List<String> messages;
        private ReporterContact contact;

        private Builder(String sourceKey, String channel) {
            this.sourceKey = sourceKey;
            this.channel = channel;
        }

        public Builder reporter(String pseudonym, String language) {
            this.reporterPseudonym = pseudonym;
            this.language = language;
            return this;
        }

        public Builder urgent(boolean urgent) {
            this.urgent = urgent;
            return this;
        }

        public Builder what(String what, String when) {
            this.what = what;
            this.when = when;
            return this;
        }

        public Builder broker(String who, List<String> phones, List<String> socialMedia) {
            this.who = who;
            this.phones = phones;
            this.socialMedia = socialMedia;
            return this;
        }

        public Builder place(String kecamatan, String village, Double latitude, Double longitude) {
            this.kecamatan = kecamatan;
            this.village = village;
            this.latitude = latitude;
            this.longitude = longitude;
            return this;
        }

        public Builder route(List<String> destinations, List<String> transits, String route) {
            this.destinations = destinations;
            this.transits = transits;
            this.route = route;
            return this;
        }

        public Builder victims(Integer victims, Boolean minors) {
            this.victims = victims;
            this.minors = minors;
            return this;
        }

        public Builder evidence(List<EvidenceRef> evidence) {
            this.evidence = evidence;
            return this;
        }

        public Builder messages(List<String> messages) {
            this.messages = messages;
            return this;
        }

        public Builder contact(ReporterContact contact) {
            this.contact = contact;
            return this;
        }

        public ReportDraft build() {
            return new ReportDraft(
                    sourceKey,
                    reporterPseudonym,
                    language,
                    channel,
                    urgent,
                    what,
                    who,
                    phones,
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
    }
}
