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

    /**
     * The contact behind a channel's reply address ({@code tg:…}, {@code try:…}, {@code cli:…}).
     */
    public static ReporterContact of(String address) {
        return new ReporterContact(channelOf(address), address);
    }

    /**
     * The channel name of a reply address: {@code telegram}, {@code try}, {@code cli} or {@code
     * unknown}.
     */
    public static String channelOf(String address) {
        if (address == null) {
            return "unknown";
        }
        return address.startsWith("tg:") ? "telegram" : address.startsWith("try:") ? "try" : "cli";
    }

    @Override
    public String toString() {
        return "ReporterContact[channel=" + channel + "]";
    }
}
