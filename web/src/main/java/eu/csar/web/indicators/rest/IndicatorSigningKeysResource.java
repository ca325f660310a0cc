package eu.csar.web.indicators.rest;

import eu.csar.indicators.application.IndicatorDistribution;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public keys that verify indicator manifests, as a JWKS (RFC 7517): the current key and,
 * after a rotation, the previous one. Key ids are RFC 7638 thumbprints; providers pin the one the
 * public register shows. No authentication.
 */
@Tag(name = "Indicator distribution", description = "Signed snapshots and deltas of indicator sets (Art 46)")
@RequestScoped
@Path("public/indicator-signing-keys")
public class IndicatorSigningKeysResource {

    static final String JWKS = "application/jwk-set+json";

    @Inject
    IndicatorDistribution distribution;

    @PermitAll
    @GET
    @Produces({JWKS, "application/json"})
    @Operation(summary = "The indicator signing keys (JWKS, no authentication)")
    public String keys() {
        return distribution.signingKeys();
    }
}
