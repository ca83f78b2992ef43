package dev.microserves.edge.api;

import dev.microserves.edge.service.StorefrontSettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on everything the storefront serves, the static pages first. The policy allows
 * scripts and styles from this origin only (no inline script, no eval), network calls to this
 * origin and the services the page calls (their origins from {@link StorefrontSettings}), and no
 * framing, plugins or base-URL tricks: a name that smuggled markup into the page could still not
 * run anything.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    StorefrontSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy(settings.connectSources()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // The page's files change with each deployment; revalidating them costs a 304.
            response.setHeader("Cache-Control", "no-cache");
        }
        chain.doFilter(request, response);
    }

    static String policy(String connectSources) {
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self' " + connectSources + "; form-action 'self'; frame-ancestors 'none'; "
                + "base-uri 'none'; object-src 'none'";
    }
}
