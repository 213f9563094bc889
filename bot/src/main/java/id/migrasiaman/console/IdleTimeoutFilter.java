package id.migrasiaman.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a staff member out after {@link ConsoleSettings#idleTimeout()} without any action of their
 * own. The queue's automatic refresh ({@code /console/live/**}) uses the session but is not an
 * action, so an open tab no longer keeps a session alive forever; Tomcat's own session timeout
 * cannot tell the two apart, hence this filter.
 */
class IdleTimeoutFilter extends OncePerRequestFilter {

    static final String LAST_ACTIVE = IdleTimeoutFilter.class.getName() + ".lastActive";
    static final String LIVE = "/console/live/";

    private final Duration idleTimeout;
    private final Clock clock;

    IdleTimeoutFilter(Duration idleTimeout, Clock clock) {
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session == null || !signedIn()) {
            chain.doFilter(request, response);
            return;
        }
        Instant now = clock.instant();
        boolean passive = request.getServletPath().startsWith(LIVE);
        if (session.getAttribute(LAST_ACTIVE) instanceof Instant last
                && Duration.between(last, now).compareTo(idleTimeout) > 0) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            if (passive) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + "/console/login?expired");
            }
            return;
        }
        if (!passive || session.getAttribute(LAST_ACTIVE) == null) {
            session.setAttribute(LAST_ACTIVE, now);
        }
        chain.doFilter(request, response);
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.isAuthenticated()
                && !(auth instanceof AnonymousAuthenticationToken);
    }
}
