package nl.openbaar.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The limits per client address: failed status look-ups (the requester's code) and failed logins (form and HTTP Basic),
 * each so many per window. The address is the connection's; behind a reverse proxy set
 * server.forward-headers-strategy=native so that it is the client's, not the proxy's.
 */
@Component
class Throttles {

    final AttemptsPerAddress status;
    final AttemptsPerAddress logins;

    Throttles(Clock clock,
            @Value("${openbaar.throttle.status-failures:10}") int statusFailures,
            @Value("${openbaar.throttle.login-failures:20}") int loginFailures,
            @Value("${openbaar.throttle.window:15m}") Duration window) {
        this.status = new AttemptsPerAddress(statusFailures, window, clock);
        this.logins = new AttemptsPerAddress(loginFailures, window, clock);
    }

    static long minutes(Duration d) {
        return Math.max(1, (d.getSeconds() + 59) / 60);
    }

    /**
     * Before a login is tried (POST /login, or any API call with credentials): 429 with Retry-After while the address
     * has had too many failures, so that no password is even checked.
     */
    OncePerRequestFilter loginFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                boolean login = ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()))
                        || request.getHeader("Authorization") != null;
                Optional<Duration> wait = login ? logins.wait(request.getRemoteAddr()) : Optional.empty();
                if (wait.isEmpty()) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(wait.get().getSeconds()));
                response.setCharacterEncoding("UTF-8");
                String message = "Te veel mislukte aanmeldpogingen vanaf uw adres. Probeer het over " + minutes(wait.get())
                        + " minuten opnieuw.";
                if (request.getRequestURI().startsWith("/api/")) {
                    response.setContentType("application/json");
                    response.getWriter().write("{\"field\":\"username\",\"message\":\"" + message + "\"}");
                } else {
                    response.setContentType("text/html");
                    response.getWriter().write("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Te veel pogingen"
                            + "</title></head><body><h1>Te veel pogingen</h1><p role=\"alert\">" + message + "</p></body></html>");
                }
            }
        };
    }
}
