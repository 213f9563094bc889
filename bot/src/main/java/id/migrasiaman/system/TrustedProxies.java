package id.migrasiaman.system;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Narrows Tomcat's {@link RemoteIpValve} (Spring Boot's {@code forward-headers-strategy: native})
 * to the proxies of {@link ProxySettings}. Boot's default trusts every private and loopback
 * address, so any client on the same network could put its own {@code X-Forwarded-Host} into the
 * console's redirects or pose as another address; with no proxy configured, nobody is trusted. Runs
 * after Boot's own customizer, which creates the valve.
 */
@Component
@EnableConfigurationProperties(ProxySettings.class)
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ProxySettings settings;

    TrustedProxies(ProxySettings settings) {
        this.settings = settings;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.getEngineValves().stream()
                .filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast)
                .forEach(
                        valve -> {
                            valve.setInternalProxies(settings.asCidrList());
                            valve.setTrustedProxies(null);
                        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
