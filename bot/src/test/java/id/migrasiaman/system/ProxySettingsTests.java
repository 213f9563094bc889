package id.migrasiaman.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Trusted proxies: addresses and networks are accepted, anything else stops the start. */
class ProxySettingsTests {

    @Test
    void addressesBecomeSingleHostNetworksAndNetworksAreKept() {
        ProxySettings settings =
                new ProxySettings(List.of(" 10.0.0.5", "172.18.0.0/16", "fd00::/8", "::1", ""));

        assertThat(settings.asCidrList()).isEqualTo("10.0.0.5/32,172.18.0.0/16,fd00::/8,::1/128");
    }

    @Test
    void nothingConfiguredTrustsNobody() {
        assertThat(new ProxySettings(null).asCidrList()).isEmpty();
        assertThat(new ProxySettings(List.of()).asCidrList()).isEmpty();
    }

    @Test
    void namesRegexesAndBadPrefixesAreRefused() {
        for (String bad : List.of("proxy.local", "10\\.0\\..*", "10.0.0.0/33", "10.0.0.0/x")) {
            assertThatThrownBy(() -> new ProxySettings(List.of(bad)))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("MIGRASI_TRUSTED_PROXIES");
        }
    }
}
