package id.migrasiaman.conversation.flows;

import java.util.List;
import java.util.Optional;

/**
 * What a guided flow remembers between messages: one record per flow, each with its own step enum
 * and typed fields. {@link #name()} is the name of the {@code Flow} that handles it and the type
 * stored with it.
 */
public sealed interface FlowState
        permits ReportState,
                AppendState,
                SatgasState,
                MediaState,
                StoryState,
                EmergencyState,
                FamilyState,
                OfferState,
                RouteDateState {

    /** The name of the flow this state belongs to. */
    String name();

    /** The name of the current step, for logs and tests. */
    String stepName();

    /** The report this flow adds to (an urgent report, a report being appended), if any. */
    default Optional<String> reportCode() {
        return Optional.empty();
    }

    /** The destination countries (ISO codes) this flow has heard of, most likely first. */
    default List<String> countries() {
        return List.of();
    }

    /** Trims {@code text} (null as empty) to at most {@code max} characters. */
    static String bounded(String text, int max) {
        String s = text == null ? "" : text;
        return s.length() > max ? s.substring(0, max) : s;
    }

    /** {@code null} as the empty string. */
    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
