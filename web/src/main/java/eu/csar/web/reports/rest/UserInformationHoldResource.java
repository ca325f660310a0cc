package eu.csar.web.reports.rest;

import eu.csar.reports.api.ReportId;
import eu.csar.reports.application.ReportForwarding;
import eu.csar.reports.application.ReportView;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.rest.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The notification hold (Art 48(6)(a)) for law enforcement and Europol: a report delivered to the
 * caller's Member State (or to Europol) is held, the provider told not to inform the user until
 * {@code until} (at most the legal profile's maximum after the report). Any other report is 404,
 * any other role 403, a past {@code until} 400.
 */
@Tag(name = "Forwarded reports", description = "Law enforcement and Europol: the reports forwarded to them (Art 48)")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/forwarded-reports/{id}/user-information-hold")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserInformationHoldResource {

    @Inject
    ReportForwarding forwarding;

    /** Until when the user is not to be informed (ISO 8601 UTC instant). */
    public static class Hold {
        public String until;
    }

    @RolesAllowed({Roles.LAW_ENFORCEMENT, Roles.EUROPOL})
    @POST
    @Operation(summary = "Ask that the user of a report delivered to the caller not be informed until a time (Art 48(6)(a));"
            + " answers the hold in force and from when the provider may inform the user")
    public Map<String, Object> hold(@PathParam("id") String id, Hold body) {
        Instant until = Inputs.instantOrNull(Inputs.requiredBody(body).until, "until");
        if (until == null) {
            throw Inputs.invalid("until", "Required");
        }
        ReportView.Feedback feedback = forwarding.holdUserInformation(new ReportId(Inputs.uuid(id, "id")), until);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("reportId", id);
        answer.put("holdUntil", String.valueOf(feedback.holdUntil()));
        answer.put("mayInformUserFrom", String.valueOf(feedback.mayInformUserFrom()));
        return answer;
    }
}
