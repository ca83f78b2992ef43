package dev.microserves.recommendation.api;

import dev.microserves.recommendation.service.ConsumerStatus;
import dev.microserves.recommendation.service.EventConsumer;
import dev.microserves.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/recommendations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations (admin)")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.ADMIN)
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Not an admin (forbidden)")
public class AdminRecommendationsResource {

    @Inject
    EventConsumer consumer;

    @POST
    @Path("rebuild")
    @Operation(operationId = "rebuildRecommendations", summary = "Rebuild the tables from the start of the topics (admin)",
            description = "Empties the recommendation tables and replays microserves.orders and microserves.inventory "
                    + "from their beginning, in the background. Done when the status's rebuildsCompleted reaches "
                    + "the rebuildsRequested this answer gives.")
    @APIResponse(responseCode = "202", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsumerStatus.class)),
            description = "Accepted: the consumer status, rebuildsRequested counting this one")
    public Response rebuild() {
        consumer.requestRebuild();
        return Response.accepted(consumer.status()).build();
    }

    @GET
    @Path("status")
    @Operation(operationId = "recommendationConsumerStatus", summary = "The event consumer: state, events applied, lag, rebuilds and positions (admin)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsumerStatus.class)),
            description = "{state, eventsApplied, duplicatesSkipped, recordsSkipped, lag, "
            + "rebuildsRequested, rebuildsCompleted, lastRebuildCompletedAt, positions: [{topic, partition, offset}]}")
    public ConsumerStatus status() {
        return consumer.status();
    }
}
