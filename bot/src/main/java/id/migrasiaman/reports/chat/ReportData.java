package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.conversation.flows.ReportStep;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The answers of an unfinished report while one message is handled: read from the conversation's
 * {@link ReportState}, changed, and written back with {@link #at}.
 */
public final class ReportData {

    private static final int MAX_TEXT = 3000;
    private static final SecureRandom RANDOM = new SecureRandom();

    String nonce;
    boolean editing;
    String what;
    String who;
    String kecamatan;
    String village;
    Double lat;
    Double lon;
    String when;
    String route;
    String victims;
    String minors;
    String people;
    String contact;
    private final List<String> evidence;
    final List<String> phones;
    final List<String> destinations;
    final List<String> transits;

    ReportData(ReportState s) {
        nonce = s.nonce();
        editing = s.editing();
        what = s.what();
        who = s.who();
        kecamatan = s.kecamatan();
        village = s.village();
        lat = s.lat();
        lon = s.lon();
        when = s.when();
        route = s.route();
        victims = s.victims();
        minors = s.minors();
        people = s.people();
        contact = s.contact();
        evidence = new ArrayList<>(s.evidence());
        phones = new ArrayList<>(s.phones());
        destinations = new ArrayList<>(s.destinations());
        transits = new ArrayList<>(s.transits());
    }

    /** An empty report with a fresh nonce. */
    static ReportData fresh() {
        return new ReportData(ReportState.empty(ReportStep.WHAT, newNonce()));
    }

    static String newNonce() {
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The report's state at {@code step}. */
    ReportState at(ReportStep step) {
        return new ReportState(
                step,
                editing,
                nonce,
                what,
                who,
                kecamatan,
                village,
                lat,
                lon,
                when,
                route,
                victims,
                minors,
                people,
                contact,
                evidence,
                phones,
                destinations,
                transits);
    }

    /** Adds a line of free text to the answer {@code step} asks for, keeping it bounded. */
    void answer(ReportStep step, String text) {
        switch (step) {
            case WHO -> who = appended(who, text);
            case WHERE, VILLAGE -> village = appended(village, text);
            case WHEN -> when = appended(when, text);
            case DESTINATION, ROUTE -> route = appended(route, text);
            case VICTIMS, MINORS -> people = appended(people, text);
            default -> appendWhat(text);
        }
    }

    /**
     * Replaces the answer {@code step} asks for ("✏️ Ubah" from the summary): the new text stands
     * instead of the old, so the Satgas never read the wrong name beside the right one. Changing
     * the destination forgets the countries and transits read from the old answer.
     */
    void replace(ReportStep step, String text) {
        String bounded = appended("", text);
        switch (step) {
            case WHO -> {
                // The phones are read again from the new answer (an old number must not stay).
                who = bounded;
                phones.clear();
            }
            case WHERE -> {
                // Typed instead of a kecamatan button: the place is read again from the new text.
                village = bounded;
                kecamatan = "";
                lat = null;
                lon = null;
            }
            case VILLAGE -> village = bounded;
            case WHEN -> when = bounded;
            case DESTINATION, ROUTE -> {
                route = bounded;
                if (step == ReportStep.DESTINATION) {
                    destinations.clear();
                    transits.clear();
                }
            }
            case VICTIMS, MINORS -> people = bounded;
            default -> what = bounded;
        }
    }

    /** Adds a line to "what happened" (a caption of evidence, for one). */
    public void appendWhat(String text) {
        what = appended(what, text);
    }

    /** The evidence handles so far. */
    public List<String> evidence() {
        return List.copyOf(evidence);
    }

    /** Adds an evidence handle once. */
    public void addEvidence(String handle) {
        addOnce(evidence, handle);
    }

    static void addOnce(List<String> items, String item) {
        if (!items.contains(item)) {
            items.add(item);
        }
    }

    private static String appended(String before, String text) {
        String joined = before.isEmpty() ? text.strip() : before + "\n" + text.strip();
        return joined.length() > MAX_TEXT ? joined.substring(0, MAX_TEXT) : joined;
    }
}
