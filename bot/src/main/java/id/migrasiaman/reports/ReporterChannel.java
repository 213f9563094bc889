package id.migrasiaman.reports;

/** Delivers a message to a reporter's chat on the channel they reported through. */
public interface ReporterChannel {

    /** Whether this channel delivers to addresses like {@code address}. */
    boolean handles(String address);

    /** Sends {@code html} to {@code address}; returns whether it was accepted. */
    boolean send(String address, String html);
}
