package dev.microserves.edge;

import dev.microserves.support.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.CUSTOMER, Roles.ADMIN, Roles.SERVICE})
@OpenAPIDefinition(info = @Info(title = "Microserves storefront (edge)", version = "1",
        description = "Aggregation endpoints for front ends over the customer, inventory, order and recommendation "
                + "services. A part whose service is down is left empty and named in degraded. Requests are rate "
                + "limited per client (429 rate-limited with Retry-After). Errors are application/problem+json (RFC 9457)."))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class EdgeApplication extends Application {
}
