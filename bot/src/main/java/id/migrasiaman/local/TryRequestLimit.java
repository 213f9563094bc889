package id.migrasiaman.local;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an oversized {@code POST /try} before anything reads its body: 413 when its declared
 * length is over the bound, 411 when it declares none (browsers always do). The bound leaves room
 * for 4,096 characters however they are encoded; the controller checks the characters after.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LocalChannelsEnabled.class)
class TryRequestLimit {

    /** 4,096 characters of up to 4 UTF-8 bytes, percent-encoded (3 characters a byte), and room. */
    static final long MAX_BODY = LocalSettings.MAX_TEXT * 12L + 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> tryBodyLimit() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new BodyLimit());
        registration.addUrlPatterns("/try");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static final class BodyLimit extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(
                HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("POST".equals(request.getMethod())) {
                long length = request.getContentLengthLong();
                if (length < 0) {
                    response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
                    return;
                }
                if (length > MAX_BODY) {
                    response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }
}
