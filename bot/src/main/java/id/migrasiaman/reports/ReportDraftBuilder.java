package id.migrasiaman.reports;

import java.util.List;

/** Builds a {@link ReportDraft} field by field; unset fields are empty or null. */
public final class ReportDraftBuilder {
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

    ReportDraftBuilder(String sourceKey, String channel) {
        this.sourceKey = sourceKey;
        this.channel = channel;
    }

    public ReportDraftBuilder reporter(String pseudonym, String language) {
        this.reporterPseudonym = pseudonym;
        this.language = language;
        return this;
    }

    public ReportDraftBuilder urgent(boolean urgent) {
        this.urgent = urgent;
        return this;
    }

    public ReportDraftBuilder what(String what, String when) {
        this.what = what;
        this.when = when;
        return this;
    }

    public ReportDraftBuilder broker(String who, List<String> phones, List<String> socialMedia) {
        this.who = who;
        this.phones = phones;
        this.socialMedia = socialMedia;
        return this;
    }

    public ReportDraftBuilder place(
            String kecamatan, String village, Double latitude, Double longitude) {
        this.kecamatan = kecamatan;
        this.village = village;
        this.latitude = latitude;
        this.longitude = longitude;
        return this;
    }

    public ReportDraftBuilder route(
            List<String> destinations, List<String> transits, String route) {
        this.destinations = destinations;
        this.transits = transits;
        this.route = route;
        return this;
    }

    public ReportDraftBuilder victims(Integer victims, Boolean minors) {
        this.victims = victims;
        this.minors = minors;
        return this;
    }

    public ReportDraftBuilder evidence(List<EvidenceRef> evidence) {
        this.evidence = evidence;
        return this;
    }

    public ReportDraftBuilder messages(List<String> messages) {
        this.messages = messages;
        return this;
    }

    public ReportDraftBuilder contact(ReporterContact contact) {
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
