package dev.microserves.order.api;

import dev.microserves.order.service.Reconciliation;
import dev.microserves.support.problem.ProblemException;
import dev.microserves.support.security.Roles;
import dev.microserves.support.text.TextRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/reconciliation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reconciliation")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token (unauthorized)")
public class ReconciliationResource {

    /** A window longer than this is refused: a check asks the peers about every order in it. */
    static final Duration LONGEST_WINDOW = Duration.ofDays(31);
    private static final int LONGEST_INSTANT = 40;

    @Inject
    Reconciliation reconciliation;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "reconcile", summary = "Check the cross-service invariants of the orders created in a window (admin)",
            description = "Asks the inventory and payment services, by order id, what they hold for every order created "
                    + "in [since, until) and reports each breach: confirmed-without-capture, capture-differs-from-total, "
                    + "more-than-one-capture, money-on-unconfirmed-order, confirmed-without-committed-stock, "
                    + "stock-held-for-final-order, pending-too-long. Repairs nothing. The counts of the last check are "
                    + "the reconciliation_breaches metric, by kind.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReconciliationResponse.class)),
            description = "{checkedOrders, from, until, complete, breaches: [{orderId, kind, detail}]}")
    @APIResponse(responseCode = "400", description = "since or until is not an ISO-8601 instant, until is not after since, "
            + "or the window is longer than 31 days (validation)")
    @APIResponse(responseCode = "403", description = "Not an admin (forbidden)")
    @APIResponse(responseCode = "503", description = "A peer could not be asked (dependency-unavailable)")
    public ReconciliationResponse check(
            @Parameter(description = "ISO-8601 instant, default 24 hours before until") @QueryParam("since") String since,
            @Parameter(description = "ISO-8601 instant, default now") @QueryParam("until") String until) {
        Instant to = instant("until", until, Instant.now());
        Instant from = instant("since", since, to.minus(Duration.ofHours(24)));
        if (!to.isAfter(from)) {
            throw ProblemException.validation("until", "must be after since");
        }
        if (Duration.between(from, to).compareTo(LONGEST_WINDOW) > 0) {
            throw ProblemException.validation("since", "the window must be at most 31 days");
        }
        return ReconciliationResponse.of(reconciliation.check(from, to));
    }

    private static Instant instant(String field, String value, Instant otherwise) {
        if (value == null || value.isEmpty()) {
            return otherwise;
        }
        if (value.length() > LONGEST_INSTANT || !TextRules.isClean(value)) {
            throw ProblemException.validation(field, "must be an ISO-8601 instant, e.g. 2026-11-28T10:15:30Z");
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.validation(field, "must be an ISO-8601 instant, e.g. 2026-11-28T10:15:30Z");
        }
    }
}
