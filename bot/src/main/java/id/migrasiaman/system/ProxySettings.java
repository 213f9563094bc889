package id.migrasiaman.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Which reverse proxies may speak for a client.
 *
 * @param trustedProxies addresses ({@code 10.0.0.5}) or networks ({@code 172.18.0.0/16}, {@code
 *     fd00::/8}) of the reverse proxies in front of the bot ({@code MIGRASI_TRUSTED_PROXIES},
 *     comma-separated). Only a request from one of them may set the client's address, scheme and
 *     host with {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and {@code -Port}; from
 *     anyone else these headers are ignored. Empty (the default): no one is trusted.
 */
@Validated
@ConfigurationProperties("migrasi.web")
public record ProxySettings(List<String> trustedProxies) {

    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f.:]+");

    public ProxySettings {
        trustedProxies =
                trustedProxies == null
                        ? List.of()
                        : trustedProxies.stream()
                                .map(String::strip)
                                .filter(s -> !s.isEmpty())
                                .map(ProxySettings::cidr)
                                .toList();
    }

    /** Tomcat's form: a comma-separated list of networks in CIDR notation, or empty. */
    String asCidrList() {
        return String.join(",", trustedProxies);
    }

    /** {@code 10.0.0.5} becomes {@code 10.0.0.5/32}; a network is checked and kept. */
    private static String cidr(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        if (!LITERAL.matcher(address).matches()) {
            throw invalid(entry);
        }
        try {
            int bits = InetAddress.getByName(address).getAddress().length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw invalid(entry);
            }
            return address + "/" + prefix;
        } catch (UnknownHostException | NumberFormatException e) {
            throw invalid(entry);
        }
    }

    private static IllegalArgumentException invalid(String entry) {
        return new IllegalArgumentException(
                "MIGRASI_TRUSTED_PROXIES: '"
                        + entry
                        + "' is not an IP address or a network such as 172.18.0.0/16");
    }
}
