package eu.csar.web.reports.rest;

import eu.csar.reports.api.ReportId;
import eu.csar.reports.application.ReviewDesk;
import eu.csar.reports.application.ReviewView;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;
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

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The review desk's claim and forward decision over the API (Art 48), for centre reviewers: what the
 * portal's desk does, for tools and for load and crash harnesses that take reviewer decisions
 * through the API (issue 11 §6). The same service and rules as the portal: only the claimant decides,
 * 409 for a move the workflow does not allow, 403 for any other role, 404 for an unknown report.
 */
@Tag(name = "Review desk", description = "Centre reviewers: claim a report and decide to forward it (Art 48)")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/review/reports/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewDecisionResource {

    @Inject
    ReviewDesk desk;

    /** The forward decision: the Member States (ISO codes) likely to have jurisdiction and whether Europol too. */
    public static class Forward {
        public List<String> memberStates;
        public boolean europol;
    }

    @RolesAllowed(Roles.CENTRE_REVIEWER)
    @POST
    @Path("claim")
    @Operation(summary = "Claim the report for the caller (a claim the caller holds stays)")
    public Map<String, Object> claim(@PathParam("id") String id) {
        return answer(desk.claim(new ReportId(Inputs.uuid(id, "id"))));
    }

    @RolesAllowed(Roles.CENTRE_REVIEWER)
    @POST
    @Path("forward")
    @Operation(summary = "Decide to forward the claimed report to the Member States named and/or Europol (Europol alone "
            + "when none is named); one delivery per recipient is queued in the same commit")
    public Map<String, Object> forward(@PathParam("id") String id, Forward body) {
        Forward b = Inputs.requiredBody(body);
        Set<MemberState> states = EnumSet.noneOf(MemberState.class);
        if (b.memberStates != null) {
            b.memberStates.forEach(code -> states.add(Inputs.memberState(code, "memberStates")));
        }
        return answer(desk.decideForward(new ReportId(Inputs.uuid(id, "id")), states, b.europol));
    }

    private static Map<String, Object> answer(ReviewView view) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", view.report().id().toString());
        answer.put("state", view.report().state().name());
        answer.put("claimedBy", view.claimedBy());
        answer.put("jurisdiction", view.jurisdiction() == null ? null : view.jurisdiction().toString());
        return answer;
    }
}
