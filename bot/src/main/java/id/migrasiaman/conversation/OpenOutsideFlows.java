package id.migrasiaman.conversation;

/**
 * Something a conversation has open that is not a flow of its state, such as the route guide
 * waiting for a country (its place is kept by the guide itself): {@code /batal} closes it and says
 * so, instead of "nothing is in progress" (trial 13, D40).
 */
public interface OpenOutsideFlows {

    /**
     * Closes what {@code turn}'s conversation has open here; the key of the message that says what
     * was closed, or null when nothing was open.
     */
    String close(Turn turn);
}
