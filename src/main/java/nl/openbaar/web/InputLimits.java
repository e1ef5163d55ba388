package nl.openbaar.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The ceiling under every form and JSON body, before any page or use case sees it: at most {@value #MAX_PARAMETERS}
 * form fields (Tomcat's server.tomcat.max-parameter-count is the same), no field longer than {@value #MAX_VALUE}
 * characters, no JSON body over {@value #MAX_JSON_BYTES} bytes. Each field's own, tighter limit is checked by its use
 * case (e.g. {@code request.model.Limits}); this catches whatever a form has that no use case bounds, with a 400
 * naming the field instead of a database error.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class InputLimits extends OncePerRequestFilter {

    static final int MAX_PARAMETERS = 1000;
    /** The longest text any form has (a letter's text, 20,000 in the database). */
    static final int MAX_VALUE = 20_000;
    static final int MAX_JSON_BYTES = 1_000_000;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")
                && request.getContentLengthLong() > MAX_JSON_BYTES) {
            refuse(request, response, 413, "body", "hoogstens " + MAX_JSON_BYTES / 1000 + " kB JSON per verzoek");
            return;
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException e) {
            // Tomcat refuses to parse more than max-parameter-count fields, or a form over max-http-form-post-size (2 MB).
            refuse(request, response, 400, "formulier", "hoogstens " + MAX_PARAMETERS + " velden en 2 MB per formulier");
            return;
        }
        int count = 0;
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            count += p.getValue().length;
            if (count > MAX_PARAMETERS) {
                refuse(request, response, 400, "formulier", "hoogstens " + MAX_PARAMETERS + " velden per formulier");
                return;
            }
            for (String v : p.getValue()) {
                if (v != null && v.length() > MAX_VALUE) {
                    refuse(request, response, 400, field(p.getKey()), "hoogstens " + MAX_VALUE + " tekens");
                    return;
                }
            }
            if (p.getKey().length() > 200) {
                refuse(request, response, 400, "formulier", "een veldnaam van hoogstens 200 tekens");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String field(String name) {
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /** JSON for the API, a short page for people; the field first, as everywhere. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String field, String message)
            throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType("application/json");
            response.getWriter().write("{\"field\":\"" + json(field) + "\",\"message\":\"" + json(message) + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Dat ging niet</title>"
                    + "</head><body><h1>Dat ging niet</h1><p role=\"alert\">" + HtmlUtils.htmlEscape(field + ": " + message)
                    + "</p><p><a href=\"/\">Naar de startpagina</a></p></body></html>");
        }
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
