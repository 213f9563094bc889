package id.migrasiaman.console;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Only the staff console needs a login: {@code /console/**} for staff, {@code /console/staff/**}
 * and {@code /actuator/prometheus} for administrators (the metrics are open only on a separate
 * management port, {@code MANAGEMENT_SERVER_PORT}, which is meant for the internal network). The
 * bot's own endpoints stay open: the Telegram webhook checks its secret token itself (and is exempt
 * from CSRF: Telegram cannot send a token), {@code /try} is the local test page without accounts
 * (also exempt), and {@code /actuator/health} tells anyone only UP or DOWN.
 *
 * <p>Every response carries a strict Content-Security-Policy (scripts and styles only from this
 * server's files, never inline; no framing), {@code Referrer-Policy: same-origin} and Spring
 * Security's {@code Cache-Control: no-store}. Sessions follow their account ({@link
 * ConsoleSessions}), end after {@link ConsoleSettings#idleTimeout()} without activity ({@link
 * IdleTimeoutFilter}), and sign-ins are throttled per account and address ({@link LoginAttempts}).
 */
@Configuration
@EnableConfigurationProperties(ConsoleSettings.class)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                    + " connect-src 'self'; object-src 'none'; base-uri 'none';"
                    + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when Tomcat ends a session or changes its id. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Only in the web application: the chat CLI runs the same beans without a web server. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ConsoleSettings settings,
            SessionRegistry sessions,
            LoginAttempts attempts,
            Clock clock,
            Environment environment)
            throws Exception {
        RequestMatcher managementPort = request -> onManagementPort(request, environment);
        http.authorizeHttpRequests(
                        a ->
                                a.requestMatchers("/console/login", "/console/assets/**")
                                        .permitAll()
                                        .requestMatchers(managementPort)
                                        .permitAll()
                                        .requestMatchers("/actuator/prometheus/**")
                                        .hasRole("ADMIN")
                                        .requestMatchers("/console/staff/**")
                                        .hasRole("ADMIN")
                                        .requestMatchers("/console/**")
                                        .hasAnyRole("STAFF", "ADMIN")
                                        .anyRequest()
                                        .permitAll())
                .csrf(c -> c.ignoringRequestMatchers("/telegram/webhook", "/try"))
                .headers(
                        h ->
                                h.contentSecurityPolicy(
                                                c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                                        .frameOptions(f -> f.deny()))
                .formLogin(
                        f ->
                                f.loginPage(LoginThrottleFilter.LOGIN)
                                        .defaultSuccessUrl("/console", true)
                                        .failureUrl(LoginThrottleFilter.LOGIN + "?error")
                                        .permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint()))
                // Sign-in always lands on the queue, so no request is kept for after it; keeping
                // one would also give every anonymous caller a session.
                .requestCache(c -> c.requestCache(new NullRequestCache()))
                .sessionManagement(
                        s ->
                                s.sessionConcurrency(
                                        c ->
                                                c.maximumSessions(-1)
                                                        .sessionRegistry(sessions)
                                                        .expiredUrl(
                                                                LoginThrottleFilter.LOGIN
                                                                        + "?expired")))
                .addFilterBefore(
                        new ConsoleFormLimit(settings.maxFormSize().toBytes()), CsrfFilter.class)
                .addFilterBefore(
                        new LoginThrottleFilter(attempts),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(
                        new IdleTimeoutFilter(settings.idleTimeout(), clock),
                        ConcurrentSessionFilter.class)
                .logout(
                        l ->
                                l.logoutUrl("/console/logout")
                                        .logoutSuccessUrl(LoginThrottleFilter.LOGIN + "?logout"));
        return http.build();
    }

    /**
     * Pages send the browser to the sign-in page with a relative redirect (so no forged host can
     * end up in it); the queue's refresh and the actuator get a plain 401.
     */
    private static AuthenticationEntryPoint entryPoint() {
        LoginUrlAuthenticationEntryPoint login =
                new LoginUrlAuthenticationEntryPoint(LoginThrottleFilter.LOGIN);
        login.setFavorRelativeUris(true);
        return (request, response, exception) -> {
            String path = request.getServletPath();
            if (path.startsWith(IdleTimeoutFilter.LIVE) || path.startsWith("/actuator/")) {
                response.sendError(401);
            } else {
                login.commence(request, response, exception);
            }
        };
    }

    /**
     * Whether the request came in on a separate management port. Without one, Spring Boot makes
     * {@code local.management.port} an alias of the main port, hence the check of the port type.
     */
    private static boolean onManagementPort(HttpServletRequest request, Environment environment) {
        if (ManagementPortType.get(environment) != ManagementPortType.DIFFERENT) {
            return false;
        }
        Integer port = environment.getProperty("local.management.port", Integer.class);
        return port != null
                && port == request.getLocalPort()
                && !port.equals(environment.getProperty("local.server.port", Integer.class));
    }
}
