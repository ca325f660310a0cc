package eu.csar.web.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The platform's JAX-RS application: partner REST API under {@code /api/v1/...} (bearer token from
 * the {@code eucentre} Keycloak realm; web.xml requires an authenticated caller there) and the
 * public register under {@code /api/public/...} (no login). Documented at {@code /openapi}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "CSAR platform API", version = "v1",
                description = "EU Centre information-sharing platform (CSA Regulation): partner REST API"),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Access token of the eucentre realm: client credentials for providers, authorization code for people")
public class ApiApplication extends Application {
}
