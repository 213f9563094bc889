package id.migrasiaman.telegram.inbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * This instance in leases: {@code name} is stable across restarts (so a restarted instance can free
 * what its previous run held), {@code owner} is {@code name/run} and unique to this run.
 */
public record Instance(String name, String owner) {

    /** {@code configured}, or host name and port (host name and process id without a port). */
    public static Instance of(String configured, int port) {
        String name =
                configured != null && !configured.isBlank()
                        ? configured.strip()
                        : host() + ":" + (port > 0 ? port : "pid" + ProcessHandle.current().pid());
        return new Instance(name, name + "/" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
