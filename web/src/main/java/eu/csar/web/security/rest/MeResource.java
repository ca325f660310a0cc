package eu.csar.web.security.rest;

import eu.csar.security.application.WhoAmI;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * {@code GET /api/v1/me}: who the platform thinks the caller is, as every service sees it (name,
 * realm roles, Member States, provider id). Partners use it to check their token set-up; the
 * platform's smoke tests use it to prove the token reaches the EJB tier intact.
 */
@Path("/v1/me")
public class MeResource {

    @EJB
    WhoAmI whoAmI;

    /** JSON view; {@code containerRoles} are the roles the EJB container itself grants. */
    public record Me(String name, boolean authenticated, List<String> roles, List<String> memberStates,
                     String providerId, List<String> containerRoles) {
    }

    @PermitAll
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The calling user or machine client: roles, Member States, provider id")
    public Me me() {
        WhoAmI.Description d = whoAmI.describe();
        var c = d.caller();
        return new Me(c.name(), c.isAuthenticated(), List.copyOf(c.roles()),
                c.memberStates().stream().map(Enum::name).toList(),
                c.providerId().map(Object::toString).orElse(null), List.copyOf(d.containerRoles()));
    }
}
