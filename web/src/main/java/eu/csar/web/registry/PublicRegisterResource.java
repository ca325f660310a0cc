package eu.csar.web.registry;

import eu.csar.registry.PublicRegister;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The public register of points of contact and legal representatives, open to anyone (Art 23(3), 24(5)). */
@Path("public/register")
@Produces(MediaType.APPLICATION_JSON)
public class PublicRegisterResource {

    @Inject
    PublicRegister register;

    @GET
    public List<PublicRegister.Entry> entries() {
        return register.entries();
    }
}
