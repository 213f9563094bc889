package id.migrasiaman.reports;

import java.util.Objects;

/**
 * How the task force may reach a reporter, stored apart from the report and only when the reporter
 * agreed to be contacted.
 *
 * @param channel the channel to answer on ("telegram", ...)
 * @param address the channel's address (a chat id), never shown in the console list
 */
public record ReporterContact(String channel, String address) {

    public ReporterContact {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
    }

    @Override
    public String toString() {
        return "ReporterContact[channel=" + channel + "]";
    }
}
