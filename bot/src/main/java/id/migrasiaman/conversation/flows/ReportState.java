package id.migrasiaman.conversation.flows;

import java.util.List;
import java.util.Optional;

/**
 * An unfinished broker report: the step it is at and every answer so far. Texts are never null
 * (empty when not answered); lists hold evidence handles, phones and country codes.
 *
 * @param editing the person chose to change one answer from the summary
 * @param nonce makes the submit idempotent
 * @param contact the reply address the reporter allowed staff to use, or empty
 */
public record ReportState(
        ReportStep step,
        boolean editing,
        String nonce,
        String what,
        String who,
        String kecamatan,
        String village,
        Double lat,
        Double lon,
        String when,
        String route,
        String victims,
        String minors,
        String people,
        String contact,
        List<String> evidence,
        List<String> phones,
        List<String> destinations,
        List<String> transits)
        implements FlowState {

    public static final String NAME = "report";

    /** The report flow's buttons that continue the draft or drop it (see the report's buttons). */
    public static final String RESUME_BUTTON = "r:resume";

    public static final String DROP_BUTTON = "r:cancel";

    /**
     * The report draft {@code active} holds: the active flow itself, or the report an emergency
     * interrupted. The alarm sets a draft aside, it never ends it (trial 18, D13: /start after the
     * hotlines dropped a calo report written up to its evidence).
     */
    public static Optional<ReportState> heldIn(FlowState active) {
        if (active instanceof ReportState report) {
            return Optional.of(report);
        }
        if (active instanceof EmergencyState emergency
                && emergency.interrupted() instanceof ReportState report) {
            return Optional.of(report);
        }
        return Optional.empty();
    }

    public ReportState {
        step = step == null ? ReportStep.WHAT : step;
        nonce = FlowState.orEmpty(nonce);
        what = FlowState.orEmpty(what);
        who = FlowState.orEmpty(who);
        kecamatan = FlowState.orEmpty(kecamatan);
        village = FlowState.orEmpty(village);
        when = FlowState.orEmpty(when);
        route = FlowState.orEmpty(route);
        victims = FlowState.orEmpty(victims);
        minors = FlowState.orEmpty(minors);
        people = FlowState.orEmpty(people);
        contact = FlowState.orEmpty(contact);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        phones = phones == null ? List.of() : List.copyOf(phones);
        destinations = destinations == null ? List.of() : List.copyOf(destinations);
        transits = transits == null ? List.of() : List.copyOf(transits);
    }

    /** An empty report at {@code step}. */
    public static ReportState empty(ReportStep step, String nonce) {
        return new ReportState(
                step, false, nonce, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    /**
     * Whether the draft holds anything the person typed or chose (worth asking before dropping).
     */
    public boolean answered() {
        return step.ordinal() > ReportStep.WHAT.ordinal() || !what.isBlank() || !evidence.isEmpty();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String stepName() {
        return step.name();
    }

    @Override
    public List<String> countries() {
        return destinations;
    }
}
