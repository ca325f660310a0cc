package eu.csar.web.registry;

import eu.csar.registry.ProviderPage;
import eu.csar.registry.ProviderRegistry;
import eu.csar.registry.ProviderSearch;
import eu.csar.registry.ProviderStatus;
import eu.csar.registry.ServiceType;
import eu.csar.web.api.Inputs;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * Registry entries for authorities and the EU Centre: a paged, filterable list scoped to the
 * caller's jurisdiction, and one entry by id (404 for one outside the caller's tenancy).
 */
@Tag(name = "Provider registry", description = "Registry entries within the caller's jurisdiction")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@Path("v1/providers")
@Produces(MediaType.APPLICATION_JSON)
public class ProviderResource {

    @Inject
    ProviderRegistry registry;

    /** A page of the list with the total, so that clients can page without guessing. */
    public record ProviderList(List<ProviderDto> items, long total, int page, int size) {
    }

    @GET
    @Operation(summary = "List providers visible to the caller, paged and filtered")
    public ProviderList list(@QueryParam("name") String name,
                             @QueryParam("status") String status,
                             @QueryParam("serviceType") String serviceType,
                             @QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("50") int size) {
        ProviderSearch search = new ProviderSearch(name, Inputs.enumOrNull(ProviderStatus.class, status, "status"),
                Inputs.enumOrNull(ServiceType.class, serviceType, "serviceType"), null, ProviderSearch.SortKey.LEGAL_NAME,
                true, Inputs.firstRow(page, size, 500), size);
        ProviderPage result = registry.search(search);
        return new ProviderList(result.providers().stream().map(ProviderDto::of).toList(), result.total(), page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one provider; 404 if outside the caller's tenancy")
    public ProviderDto open(@PathParam("id") String id) {
        return ProviderDto.of(registry.open(Inputs.uuid(id, "id")));
    }

}
