package id.migrasiaman.conversation;

import java.util.List;
import java.util.Optional;

/**
 * Gets a look at text and media before the active flow and the intent routing, e.g. to catch a
 * report reference code anywhere in a message.
 */
public interface MessageInterceptor {

    /** The replies if this interceptor takes the message, otherwise empty. */
    Optional<List<Reply>> intercept(Turn turn);
}
