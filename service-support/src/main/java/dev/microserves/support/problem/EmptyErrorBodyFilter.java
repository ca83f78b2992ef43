package dev.microserves.support.problem;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives a body to the errors the runtime answers without one (a 401 for a missing token, a 403
 * from {@code @RolesAllowed}): every error a client gets is problem+json.
 */
@Provider
@Priority(Priorities.USER)
public class EmptyErrorBodyFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || response.hasEntity()) {
            return;
        }
        var problem = ProblemResponses.of(WebApplicationExceptionMapper.forStatus(response.getStatus()),
                Instances.of(request.getUriInfo()));
        response.setEntity(problem.getEntity(), null, ProblemResponses.PROBLEM_JSON_TYPE);
    }
}
