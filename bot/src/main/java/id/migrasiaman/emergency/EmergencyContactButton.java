package id.migrasiaman.emergency;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.ReporterContact;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Staff may contact me": the person in an emergency consents, and only then is the chat's reply
 * address stored with the urgent report.
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
    public List<Reply> press(Turn turn, String value) {
        String code = turn.state().data().get("code");
        String address = turn.message().replyAddress();
        if (code != null && address != null && "contact".equals(value)) {
            queue.addContact(code, ReporterContact.of(address));
        }
        return List.of(replies.contactSaved(turn.language()));
    }
}
