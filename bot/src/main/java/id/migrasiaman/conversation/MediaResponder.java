package id.migrasiaman.conversation;

import java.util.List;

/**
 * Answers a photo, document or voice note that no flow took: its caption has been read like a text,
 * and the file itself needs a purpose (evidence for a report, an offer to check, nothing) rather
 * than a dead end.
 */
public interface MediaResponder {

    /**
     * The replies to {@code media}; {@code answered} holds the replies its caption got when read as
     * a text (empty when it had none).
     */
    List<Reply> respond(Turn turn, Content.Media media, List<Reply> answered);
}
