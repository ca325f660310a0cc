package eu.csar.web.registry.rest;

import eu.csar.registry.application.ProviderEntry;
import eu.csar.registry.application.ProviderPage;
import eu.csar.registry.application.ProviderRegistry;
import eu.csar.registry.domain.ProviderEvent;
import eu.csar.registry.domain.ProviderSearch;
import eu.csar.registry.domain.ProviderStatus;
import eu.csar.registry.domain.ServiceType;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.ProviderId;
import eu.csar.web.platform.rest.Inputs;
import eu.csar.web.platform.rest.Idempotent;
import eu.csar.web.platform.rest.IdempotencyKeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Registry entries for authorities and the EU Centre: a paged, filterable list scoped to the
 * caller's jurisdiction and one entry by id (404 for one outside the caller's tenancy); for centre
 * admins also registering, amending (optimistic: the version read must still be current) and moving
 * the status (suspend with a reason, reinstate) as the provider's workflow allows. The writes take
 * an {@code Idempotency-Key}, so a partner's retry registers once (docs/idempotency.md).
 */
@Tag(name = "Provider registry", description = "Registry entries within the caller's jurisdiction")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProviderResource {

    @Inject
    ProviderRegistry registry;

    @Context
    UriInfo uriInfo;

    /** A page of the list with the total, so that clients can page without guessing. */
    public record ProviderList(List<ProviderSummaryDto> items, long total, int page, int size) {
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY})
    @GET
    @Operation(summary = "List providers visible to the caller, paged and filtered")
    public ProviderList list(@QueryParam("name") String name,
                             @QueryParam("status") String status,
                             @QueryParam("serviceType") String serviceType,
                             @QueryParam("page") String pageParam,
                             @QueryParam("size") String sizeParam) {
        int page = Inputs.integer(pageParam, 0, "page");
        int size = Inputs.integer(sizeParam, 50, "size");
        ProviderSearch search = new ProviderSearch(name, Inputs.enumOrNull(ProviderStatus.class, status, "status"),
                Inputs.enumOrNull(ServiceType.class, serviceType, "serviceType"), null, ProviderSearch.SortKey.LEGAL_NAME,
                true, Inputs.firstRow(page, size, 500), size);
        ProviderPage result = registry.search(search);
        return new ProviderList(result.items().stream().map(ProviderSummaryDto::of).toList(), result.total(), page, size);
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.PROVIDER})
    @GET
    @Path("{id}")
    @Operation(summary = "Read one provider; 404 if outside the caller's tenancy")
    public ProviderDto open(@PathParam("id") String id) {
        return ProviderDto.of(registry.open(providerId(id)));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.CENTRE_ADMIN)
    @POST
    @Operation(summary = "Register a provider (centre admins); answers 201 with the entry and its Location")
    @APIResponse(responseCode = "201", description = "Registered")
    public Response register(ProviderProfileDto profile) {
        ProviderEntry entry = registry.register(Inputs.requiredBody(profile).toDomain());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(entry.id().toString()).build())
                .entity(ProviderDto.of(entry)).build();
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.CENTRE_ADMIN)
    @PUT
    @Path("{id}")
    @Operation(summary = "Amend a provider's entry (centre admins); 409 if the version is no longer current")
    public ProviderDto amend(@PathParam("id") String id, ProviderProfileDto profile) {
        ProviderProfileDto body = Inputs.requiredBody(profile);
        return ProviderDto.of(registry.amend(providerId(id), body.version, body.toDomain()));
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.CENTRE_ADMIN)
    @POST
    @Path("{id}/status-changes")
    @Operation(summary = "Suspend (with a reason) or reinstate a provider (centre admins); 409 if its status does not allow it")
    public ProviderDto changeStatus(@PathParam("id") String id, StatusChangeDto change) {
        StatusChangeDto body = Inputs.requiredBody(change);
        return ProviderDto.of(registry.changeStatus(providerId(id),
                Inputs.enumOrNull(ProviderEvent.class, body.event, "event"), body.reason));
    }

    private static ProviderId providerId(String id) {
        return new ProviderId(Inputs.uuid(id, "id"));
    }
}
