package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.TypedButtonAction;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.ReporterContact;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * "Staff may contact me" ({@code e:contact:CODE}) and "do not contact me" ({@code
 * e:nocontact:CODE}). Only the reporter's own conversation can give or withdraw the consent: the
 * same button pressed anywhere else (an old message, a conversation that only holds the code)
 * changes nothing. Each change is in the report's audit trail.
 */
@Component
class EmergencyContactButton implements TypedButtonAction<EmergencyContactButton.Press> {

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

    /** Give ({@code give}) or withdraw the consent for report {@code code} (null: none named). */
    record Press(boolean give, String code) {}

    private static final Pattern PRESS =
            Pattern.compile("(contact|nocontact)(?::([A-Z0-9-]{1,24}))?");

    @Override
    public Optional<Press> parse(String value) {
        Matcher m = PRESS.matcher(value);
        return m.matches()
                ? Optional.of(new Press("contact".equals(m.group(1)), m.group(2)))
                : Optional.empty();
    }

    @Override
    public List<Reply> pressed(Turn turn, Press press) {
        // Old buttons carry no code: they mean the report this conversation's flow has open.
        String code =
                press.code() != null
                        ? press.code()
                        : turn.state().active() == null
                                ? null
                                : turn.state().active().reportCode().orElse(null);
        String lang = turn.language();
        String address = turn.message().replyAddress();
        boolean give = press.give();
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
