package id.migrasiaman.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in while {@link LoginAttempts} makes its user name wait at this address, before
 * the password is even checked (so a locked pair costs no BCrypt round and learns nothing). The
 * answer is the same whether the account exists or not.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final String LOGIN = "/console/login";

    private final LoginAttempts attempts;

    LoginThrottleFilter(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && LOGIN.equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        if (attempts.lockedFor(username, request.getRemoteAddr()).isPresent()) {
            response.sendRedirect(request.getContextPath() + LOGIN + "?locked");
            return;
        }
        chain.doFilter(request, response);
    }
}
