package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.choices.Destination;
import id.migrasiaman.conversation.flows.ReportStep;
import java.util.Optional;

/** A press of a report button ({@code r:...}), parsed once from the button's data. */
sealed interface ReportPress {

    /** The buttons without a value. */
    enum Plain implements ReportPress {
        FROM_OFFER("fromoffer"),
        START("start"),
        CANCEL("cancel"),
        SKIP("skip"),
        DONE("done"),
        SEND("send"),
        EDIT("edit"),
        RESUME("resume");

        final String data;

        Plain(String data) {
            this.data = data;
        }
    }

    /** A kecamatan from the list. */
    record Place(String kecamatan) implements ReportPress {}

    /** When it happened: one of {@link ReportPrompts#WHEN}. */
    record When(String value) implements ReportPress {}

    /** How many people: one of {@link ReportPrompts#VICTIMS}. */
    record Victims(String value) implements ReportPress {}

    /** Whether children are among them: one of {@link ReportPrompts#MINORS}. */
    record Minors(String value) implements ReportPress {}

    /** A destination country; {@code code} is null for "another country". */
    record Country(String code) implements ReportPress {}

    /** Contact consent. */
    record Contact(boolean allowed) implements ReportPress {}

    /** Change the answer of {@code step}, from the summary. */
    record Edit(ReportStep step) implements ReportPress {}

    /** The press {@code value} (the data after {@code r:}) stands for; empty when not offered. */
    static Optional<ReportPress> parse(String value) {
        int colon = value.indexOf(':');
        String kind = colon < 0 ? value : value.substring(0, colon);
        String arg = colon < 0 ? null : value.substring(colon + 1);
        if (arg == null) {
            for (Plain plain : Plain.values()) {
                if (plain.data.equals(kind)) {
                    return Optional.of(plain);
                }
            }
            return Optional.empty();
        }
        ReportPress press =
                switch (kind) {
                    case "kec" ->
                            arg.matches("[0-9]{1,2}") && Kecamatan.at(arg) != null
                                    ? new Place(Kecamatan.at(arg))
                                    : null;
                    case "when" -> ReportPrompts.WHEN.contains(arg) ? new When(arg) : null;
                    case "victims" -> ReportPrompts.VICTIMS.contains(arg) ? new Victims(arg) : null;
                    case "minors" -> ReportPrompts.MINORS.contains(arg) ? new Minors(arg) : null;
                    case "dest" ->
                            "other".equals(arg)
                                    ? new Country(null)
                                    : Destination.in(Destination.REPORT, arg)
                                            ? new Country(arg)
                                            : null;
                    case "contact" ->
                            "yes".equals(arg) || "no".equals(arg)
                                    ? new Contact("yes".equals(arg))
                                    : null;
                    case "edit" ->
                            ReportPrompts.EDITABLE.contains(arg)
                                    ? new Edit(ReportStep.valueOf(arg))
                                    : null;
                    default -> null;
                };
        return Optional.ofNullable(press);
    }
}
