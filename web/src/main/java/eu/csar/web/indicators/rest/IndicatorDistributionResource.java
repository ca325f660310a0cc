package eu.csar.web.indicators.rest;

import eu.csar.indicators.application.IndicatorDistribution;
import eu.csar.indicators.application.SignedPage;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signed snapshots and deltas of an indicator set for a provider holding a live DOWNLOAD grant on it
 * (docs/indicator-distribution.md). The body is the page as JSON; header {@value #MANIFEST} carries
 * the compact JWS (ES256) manifest over the body's SHA-256, verifiable with the keys at
 * {@code /api/public/indicator-signing-keys}. No grant, no set: 404.
 */
@Tag(name = "Indicator distribution", description = "Signed snapshots and deltas of indicator sets (Art 46)")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/indicator-sets/{code}")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorDistributionResource {

    /** The response header with the page's signed manifest. */
    public static final String MANIFEST = "CSAR-Manifest";
    /** The response header with the version the page goes up to (pass it as {@code to} for the next pages). */
    public static final String VERSION = "CSAR-Indicator-Version";
    static final String CODE = "[a-z0-9][a-z0-9.-]{0,99}";

    @Inject
    IndicatorDistribution distribution;

    @RolesAllowed(Roles.PROVIDER)
    @GET
    @Path("snapshot")
    @Operation(summary = "A page of the set's snapshot at a version (the current one unless 'to' is given)")
    @APIResponse(responseCode = "200", description = "The page; header CSAR-Manifest holds its signed manifest",
            headers = @Header(name = MANIFEST, description = "Compact JWS (ES256) over {set, fromVersion, toVersion, page, count, last, sha256, issuedAt}"))
    public Response snapshot(@PathParam("code") @Pattern(regexp = CODE) String code,
                             @QueryParam("to") @Min(0) Long to,
                             @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
                             @QueryParam("size") @DefaultValue("1000") @Min(1) @Max(IndicatorDistribution.MAX_PAGE_SIZE) int size) {
        return answer(distribution.snapshot(code, to, page, size));
    }

    @RolesAllowed(Roles.PROVIDER)
    @GET
    @Path("changes")
    @Operation(summary = "A page of the set's changes (adds and removals) since a version")
    @APIResponse(responseCode = "200", description = "The page; header CSAR-Manifest holds its signed manifest",
            headers = @Header(name = MANIFEST, description = "Compact JWS (ES256) over {set, fromVersion, toVersion, page, count, last, sha256, issuedAt}"))
    public Response changes(@PathParam("code") @Pattern(regexp = CODE) String code,
                            @QueryParam("since") @DefaultValue("0") @Min(0) long since,
                            @QueryParam("to") @Min(0) Long to,
                            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
                            @QueryParam("size") @DefaultValue("1000") @Min(1) @Max(IndicatorDistribution.MAX_PAGE_SIZE) int size) {
        return answer(distribution.changes(code, since, to, page, size));
    }

    private static Response answer(SignedPage page) {
        return Response.ok(page.body(), MediaType.APPLICATION_JSON_TYPE)
                .header(MANIFEST, page.manifest())
                .header(VERSION, page.toVersion())
                .header("Cache-Control", "no-store")
                .build();
    }
}
