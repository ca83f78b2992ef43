package dev.microserves.order.client;

import dev.microserves.support.web.TracePropagationFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The payment service ({@code payment.url}). Use it through {@link PaymentGateway}. */
@RegisterRestClient(configKey = "payment")
@RegisterProvider(TracePropagationFilter.class)
@RegisterProvider(PaymentProblems.class)
@Path("/api/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PaymentClient {

    String KEY = "Idempotency-Key";

    @POST
    PaymentView charge(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @HeaderParam(KEY) String key,
                       ChargeRequest request);

    @GET
    PaymentPage findByOrder(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                            @QueryParam("orderId") UUID orderId);

    @POST
    @Path("{id}/refunds")
    void refund(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @HeaderParam(KEY) String key,
                @PathParam("id") UUID paymentId, RefundRequest request);
}
