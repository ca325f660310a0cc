package eu.csar.web.registry;

import eu.csar.registry.ProviderSelfService;
import eu.csar.web.api.Inputs;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A provider's own registry entry (Art 23, 24), for its machine client with a client-credentials
 * token: read it, replace the point of contact, designate a legal representative. Both writes are
 * idempotent (PUT of the full value) and answer the updated entry.
 */
@Path("v1/providers/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProviderSelfServiceResource {

    @Inject
    ProviderSelfService selfService;

    @GET
    public ProviderDto ownEntry() {
        return ProviderDto.of(selfService.ownEntry());
    }

    @PUT
    @Path("contact-point")
    public ProviderDto changeContactPoint(ContactPointDto contactPoint) {
        return ProviderDto.of(selfService.changeContactPoint(Inputs.requiredBody(contactPoint).toDomain()));
    }

    @PUT
    @Path("legal-representative")
    public ProviderDto appointLegalRepresentative(LegalRepresentativeDto representative) {
        return ProviderDto.of(selfService.appointLegalRepresentative(Inputs.requiredBody(representative).toDomain()));
    }
}
