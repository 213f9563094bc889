package id.migrasiaman.conversation;

import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import java.util.List;

/** Answers free text that the analyser routed to {@link #intent()}. */
public interface IntentResponder {

    Intent intent();

    /** The replies to a message understood as {@code analysis}. */
    List<Reply> respond(Turn turn, Analysis analysis);
}
