package id.migrasiaman.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.safety.UrgencyScan;

/**
 * Decides at intake, from the update's JSON tree, whether it may be urgent (for the poller's
 * updates and the bodies the webhook's streaming pass, {@link UpdateHead}, hands over; that pass
 * decides the same way on the rest): a text or caption with a danger word or a way into an
 * emergency ({@code /darurat}, {@code /sos}), the menu's 🆘 button or an emergency button ("Ya,
 * sekarang"), or a shared location. An urgent update's chat is handled before the others; a false
 * mark only costs order, so the scan prefers recall. Nothing is logged.
 */
final class UpdateUrgency {

    /** The emergency's buttons (the emergency module's {@code AlarmButtons}). */
    static final String ALARM_BUTTONS = "em:";

    private static final String[] MESSAGE_KINDS = {
        "message", "edited_message", "business_message", "edited_business_message"
    };

    private final UrgencyScan scan;

    /** Whether {@code kind} is one of the update kinds whose text may be urgent. */
    static boolean isMessageKind(String kind) {
        for (String k : MESSAGE_KINDS) {
            if (k.equals(kind)) {
                return true;
            }
        }
        return false;
    }

    UpdateUrgency(UrgencyScan scan) {
        this.scan = scan;
    }

    /** Whether {@code update} may be about someone in danger; never throws. */
    boolean urgent(JsonNode update) {
        if (update == null) {
            return false;
        }
        for (String kind : MESSAGE_KINDS) {
            JsonNode message = update.get(kind);
            if (message != null && message.isObject() && urgentMessage(message)) {
                return true;
            }
        }
        JsonNode data = update.path("callback_query").path("data");
        if (data.isTextual()) {
            String d = data.asText();
            return d.startsWith(ALARM_BUTTONS) || d.equals(Menus.EMERGENCY);
        }
        return false;
    }

    private boolean urgentMessage(JsonNode message) {
        if (message.has("location") || message.has("venue")) {
            return true;
        }
        return text(message, "text") || text(message, "caption");
    }

    private boolean text(JsonNode message, String field) {
        JsonNode text = message.get(field);
        return text != null && text.isTextual() && scan.mayBeUrgent(text.asText());
    }
}
