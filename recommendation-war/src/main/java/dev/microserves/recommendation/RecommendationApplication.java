package dev.microserves.recommendation;

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
@OpenAPIDefinition(info = @Info(title = "Microserves recommendation service", version = "1",
        description = "Products bought together, top sellers, and recommendations per customer, built from the "
                + "order and inventory events. Errors are application/problem+json (RFC 9457)."))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class RecommendationApplication extends Application {
}
