package eu.csar.testsupport.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** {@code GET /test-support/status}: tells a test or a demo script that the test-support module is deployed. */
@Path("status")
public class TestSupportStatus {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("centre-admin")
    public Map<String, String> status() {
        return Map.of("testSupport", "deployed");
    }
}
