package id.migrasiaman.system;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@code GET /ping}: plain {@code ok} for load balancers. It touches no database and no other
 * service, so it says only that this process answers HTTP; readiness (MongoDB and the models
 * included) is {@code /actuator/health/readiness} ({@code /readyz}). A filter for this one path
 * ahead of every other one, answering itself: a load balancer's probe needs neither the console's
 * security chain nor Spring MVC.
 */
@Configuration(proxyBeanMethods = false)
class PingEndpoint {

    private static final byte[] OK = "ok".getBytes(StandardCharsets.US_ASCII);

    @Bean
    FilterRegistrationBean<Filter> pingFilter() {
        FilterRegistrationBean<Filter> registration =
                new FilterRegistrationBean<>(PingEndpoint::ping);
        registration.addUrlPatterns("/ping");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("ping");
        return registration;
    }

    private static void ping(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            response.setHeader("Allow", "GET, HEAD");
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.setContentLength(OK.length);
        if ("GET".equals(method)) {
            response.getOutputStream().write(OK);
        }
    }
}
