package dev.microserves.edge.api;

import dev.microserves.edge.service.RateLimited;
import dev.microserves.edge.service.RateLimits;
import dev.microserves.support.problem.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;

/**
 * Admits every {@code /api} request against its client's rate limit before any role check or
 * peer call: a refused request costs the storefront a map lookup. The client is the verified
 * token's subject when the request is authenticated, else the TCP peer's address (not a
 * forwarded-for header, which any client can set).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION - 100)
public class RateLimitFilter implements ContainerRequestFilter {

    @Inject
    RateLimits limits;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        try {
            limits.admit(principal == null ? null : principal.getName(), servletRequest.getRemoteAddr());
        } catch (RateLimited refused) {
            request.abortWith(ProblemResponses.of(refused, request.getUriInfo().getRequestUri().getRawPath()));
        }
    }
}
