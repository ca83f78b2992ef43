package dev.microserves.support.security;

import dev.microserves.support.problem.ProblemException;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * The authenticated caller of a request, read from the JAX-RS security context that MicroProfile
 * JWT filled in: the token's {@code sub} and its roles.
 */
public final class Caller {

    private final String subject;
    private final boolean admin;
    private final boolean service;
    private final boolean customer;

    private Caller(String subject, boolean admin, boolean service, boolean customer) {
        this.subject = subject;
        this.admin = admin;
        this.service = service;
        this.customer = customer;
    }

    public static Caller of(SecurityContext securityContext) {
        Principal principal = securityContext == null ? null : securityContext.getUserPrincipal();
        if (principal == null) {
            return new Caller(null, false, false, false);
        }
        return new Caller(principal.getName(),
                securityContext.isUserInRole(Roles.ADMIN),
                securityContext.isUserInRole(Roles.SERVICE),
                securityContext.isUserInRole(Roles.CUSTOMER));
    }

    public String subject() {
        return subject;
    }

    public boolean isAdmin() {
        return admin;
    }

    public boolean isService() {
        return service;
    }

    public boolean isCustomer() {
        return customer;
    }

    /** True when the caller is the owner named, or an admin. */
    public boolean isSelfOrAdmin(String ownerId) {
        return admin || (subject != null && subject.equals(ownerId));
    }

    /** The owner itself or an admin may go on; anyone else gets a 403 problem. */
    public void requireSelfOrAdmin(String ownerId) {
        if (!isSelfOrAdmin(ownerId)) {
            throw ProblemException.forbidden("You may act on your own data only.");
        }
    }

    /** Like {@link #requireSelfOrAdmin(String)}, and services may read too. */
    public void requireSelfAdminOrService(String ownerId) {
        if (!service) {
            requireSelfOrAdmin(ownerId);
        }
    }
}
