package id.migrasiaman.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Only the staff console needs a login: {@code /console/**} for staff, {@code /console/staff/**}
 * for administrators. The bot's own endpoints stay open: the Telegram webhook checks its secret
 * token itself (and is exempt from CSRF: Telegram cannot send a token), {@code /try} is the local
 * test page without accounts (also exempt), and {@code /actuator/health} serves the orchestrator.
 */
@Configuration
@EnableConfigurationProperties(ConsoleSettings.class)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Only in the web application: the chat CLI runs the same beans without a web server. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(
                        a ->
                                a.requestMatchers("/console/login", "/console/assets/**")
                                        .permitAll()
                                        .requestMatchers("/console/staff/**")
                                        .hasRole("ADMIN")
                                        .requestMatchers("/console/**")
                                        .hasAnyRole("STAFF", "ADMIN")
                                        .anyRequest()
                                        .permitAll())
                .csrf(c -> c.ignoringRequestMatchers("/telegram/webhook", "/try"))
                .formLogin(
                        f ->
                                f.loginPage("/console/login")
                                        .defaultSuccessUrl("/console", true)
                                        .failureUrl("/console/login?error")
                                        .permitAll())
                .logout(
                        l ->
                                l.logoutUrl("/console/logout")
                                        .logoutSuccessUrl("/console/login?logout"));
        return http.build();
    }
}
