package dev.microserves.support.openapi;

import dev.microserves.support.problem.ProblemResponses;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes a service's OpenAPI document with what the contract says of every service alike, so
 * that a resource documents only what is its own: every 4xx and 5xx response is
 * {@code application/problem+json} with the shared {@code Problem} schema (and {@code Retry-After} on
 * 429 and 503), as the exception mappers of {@link dev.microserves.support.problem} answer it; and
 * every operation that needs a token documents the 401 it answers without one.
 * Installed by {@code mp.openapi.filter} in each service's {@code microprofile-config.properties}.
 */
public class ProblemDocumentFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    private static final String REF = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        addSchemas(openAPI.getComponents());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(this::complete));
    }

    private void complete(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        if (needsToken(operation) && !operation.getResponses().hasAPIResponse("401")) {
            operation.getResponses().addAPIResponse("401",
                    OASFactory.createAPIResponse().description("No valid token (unauthorized)"));
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (isError(status) && response.getRef() == null) {
                describeProblem(status, response);
            }
        });
    }

    /** Names a security scheme: every /api operation that is not public answers 401 without a valid token. */
    private static boolean needsToken(Operation operation) {
        return operation.getSecurity() != null && operation.getSecurity().stream()
                .anyMatch(requirement -> requirement.getSchemes() != null && !requirement.getSchemes().isEmpty());
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static void describeProblem(String status, APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaType(ProblemResponses.PROBLEM_JSON) == null) {
            response.setContent(OASFactory.createContent().addMediaType(ProblemResponses.PROBLEM_JSON,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF + PROBLEM))));
        }
        if ((status.equals("429") || status.equals("503"))
                && (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After"))) {
            response.addHeader("Retry-After", OASFactory.createHeader()
                    .description("seconds to wait before trying again")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ZERO)));
        }
    }

    /** RFC 9457 problem details as the services write them, with the extensions the contract names. */
    private static void addSchemas(Components components) {
        if (components.getSchemas() != null && components.getSchemas().containsKey(PROBLEM)) {
            return;
        }
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = object("One invalid field of a validation problem")
                .properties(Map.of("field", text, "message", text)).required(List.of("field", "message"));
        Schema shortage = object("A line that cannot be served: what was asked for and what is available")
                .properties(Map.of("sku", text,
                        "requested", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER),
                        "available", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)))
                .required(List.of("sku", "requested", "available"));
        components.addSchema("FieldError", fieldError);
        components.addSchema("Shortage", shortage);
        Schema problem = object("RFC 9457 problem details; type ends in the problem's slug "
                + "(https://microserves.dev/problems/<slug>)")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("traceId", text)
                .addProperty("errors", array("validation: the invalid fields", "FieldError"))
                .addProperty("shortages", array("insufficient-stock: the lines that are short", "Shortage"))
                .addProperty("declineCode", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("payment-declined: card_declined, insufficient_funds, expired_card, paypal_declined"))
                .addProperty("orderId", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid")
                        .description("order refusals: the order that was refused"))
                .required(List.of("type", "title", "status"))
                .additionalPropertiesBoolean(Boolean.TRUE);
        components.addSchema(PROBLEM, problem);
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description);
    }

    private static Schema array(String description, String itemSchema) {
        return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).description(description)
                .items(OASFactory.createSchema().ref(REF + itemSchema));
    }

}
