package id.migrasiaman.emergency;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.ReporterContact;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Staff may contact me" ({@code e:contact:CODE}) and "do not contact me" ({@code
 * e:nocontact:CODE}). Only the reporter's own conversation can give or withdraw the consent: the
 * same button pressed anywhere else (an old message, a conversation that only holds the code)
 * changes nothing. Each change is in the report's audit trail.
 */
@Component
class EmergencyContactButton implements ButtonAction {

    private final ReportQueue queue;
    private final EmergencyReplies replies;

    EmergencyContactButton(ReportQueue queue, EmergencyReplies replies) {
        this.queue = queue;
        this.replies = replies;
    }

    @Override
    public String prefix() {
        return "e:";
    }

    @Override
    public boolean accepts(String value) {
        return value.matches("(contact|nocontact)(:[A-Z0-9-]{1,24})?");
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        String[] parts = value.split(":", 2);
        // Old buttons carry no code: they mean the emergency this conversation has open.
        String code = parts.length > 1 ? parts[1] : turn.state().data().get(Alarms.CODE);
        String lang = turn.language();
        String address = turn.message().replyAddress();
        boolean give = "contact".equals(parts[0]);
        if (code == null || (give && address == null)) {
            return List.of(Reply.text(replies.t(lang, "emergency.contact.refused")));
        }
        boolean changed;
        try {
            changed =
                    queue.changeContact(
                            code,
                            turn.message().userPseudonym(),
                            give ? ReporterContact.of(address) : null);
        } catch (RuntimeException e) {
            return List.of(Reply.text(replies.t(lang, "emergency.contact.failed")));
        }
        if (!changed) {
            return List.of(Reply.text(replies.t(lang, "emergency.contact.refused")));
        }
        return List.of(
                give
                        ? replies.contactSaved(lang, code)
                        : replies.withMenu(
                                replies.t(lang, "emergency.contact.withdrawn", code), lang));
    }
}
