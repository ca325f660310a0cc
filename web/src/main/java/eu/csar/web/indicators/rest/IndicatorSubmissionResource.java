package eu.csar.web.indicators.rest;

import eu.csar.indicators.api.SubmissionId;
import eu.csar.indicators.application.IndicatorSubmissions;
import eu.csar.indicators.application.SubmissionReceipt;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.rest.IdempotencyKeys;
import eu.csar.web.platform.rest.Idempotent;
import eu.csar.web.platform.rest.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Submissions of indicators by Coordinating Authorities (Art 36) and their four-eyes verification
 * by EU Centre reviewers. A submission answers 201 with the outcome of every line (ACCEPTED, LINKED
 * to an existing indicator, or REFUSED with the reason); a malformed body is a 400 problem and
 * nothing is stored. The writes take an {@code Idempotency-Key}, so a retry submits once.
 */
@Tag(name = "Indicator submissions", description = "Hashes and URLs submitted by Coordinating Authorities, verified with four eyes")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path("v1/indicator-submissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorSubmissionResource {

    @Inject
    IndicatorSubmissions submissions;

    @Context
    UriInfo uriInfo;

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Operation(summary = "Submit indicators (Coordinating Authorities): the hasher's output or plain KIND,value lines; "
            + "answers 201 with each line's outcome")
    @APIResponse(responseCode = "201", description = "Submitted; waiting for verification")
    public Response submit(SubmissionRequestDto request) {
        SubmissionReceipt receipt = submissions.submit(Inputs.requiredBody(request).toDomain());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(receipt.id().toString()).build())
                .entity(SubmissionDto.of(receipt)).build();
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY})
    @GET
    @Path("{id}")
    @Operation(summary = "Read one submission with its lines; 404 outside the caller's Member States")
    public SubmissionDto open(@PathParam("id") String id) {
        return SubmissionDto.of(submissions.submission(new SubmissionId(Inputs.uuid(id, "id"))));
    }

    @RolesAllowed(Roles.CENTRE_REVIEWER)
    @GET
    @Operation(summary = "The submissions waiting for verification, oldest first (centre reviewers)")
    public List<SubmissionQueueItem> queue() {
        return submissions.queue().stream().map(SubmissionQueueItem::of).toList();
    }

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    @POST
    @Path("{id}/verification")
    @Operation(summary = "Verify a submission (centre reviewers other than the submitter), rejecting lines where needed; "
            + "verified new indicators become active")
    public SubmissionDto verify(@PathParam("id") String id, VerificationDto verification) {
        VerificationDto body = Inputs.requiredBody(verification);
        Set<Integer> rejected = new HashSet<>();
        if (body.rejectedLines != null) {
            for (int i = 0; i < body.rejectedLines.size(); i++) {
                if (body.rejectedLines.get(i) == null) {
                    throw Inputs.invalid("rejectedLines[" + i + "]", "A line number is required");
                }
                rejected.add(body.rejectedLines.get(i));
            }
        }
        return SubmissionDto.of(submissions.verify(new SubmissionId(Inputs.uuid(id, "id")), rejected, body.note));
    }

    /** One submission in the verification queue. */
    public record SubmissionQueueItem(String id, String setCode, String memberState, String authority,
                                      String decisionReference, String submittedBy, String submittedAt,
                                      int lineCount, int linkedCount, int refusedCount) {
        static SubmissionQueueItem of(eu.csar.indicators.application.SubmissionSummary s) {
            return new SubmissionQueueItem(s.id().toString(), s.setCode(),
                    s.memberState() == null ? null : s.memberState().name(), s.authority(), s.decisionReference(),
                    s.submittedBy(), s.submittedAt().toString(), s.lineCount(), s.linkedCount(), s.refusedCount());
        }
    }
}
