package eu.csar.testsupport.indicators;

import eu.csar.indicators.application.ImportFaults;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/**
 * Arms the import job's failure hook: {@code POST /test-support/indicator-imports/fault {"line":3000}}
 * makes the next import job that processes line 3000 fail there once (the restart then runs through);
 * {@code {"line":0}} disarms it.
 */
@Path("indicator-imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("centre-admin")
public class ImportFaultControl {

    /** The line at which the next import fails (0: none). */
    public record Fault(int line) {
    }

    @Inject
    ImportFaults faults;

    @POST
    @Path("fault")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> arm(Fault fault) {
        faults.arm(fault == null ? 0 : fault.line());
        return Map.of("failAtLine", fault == null ? 0 : fault.line());
    }
}
