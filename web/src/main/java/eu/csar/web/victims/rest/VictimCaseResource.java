package eu.csar.web.victims.rest;

import eu.csar.security.api.Roles;
import eu.csar.victims.api.VictimCaseId;
import eu.csar.victims.application.IssuedCode;
import eu.csar.victims.application.VictimCaseView;
import eu.csar.victims.application.VictimCases;
import eu.csar.web.platform.rest.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/**
 * A Coordinating Authority's victim cases (Art 20-21). Opening a case answers with its first access
 * code, the only time the code is ever shown (it is stored as a slow hash); so is a new code. No
 * Idempotency-Key: a replay would have to keep the code; a retried open makes a second case, which
 * the authority leaves unused or revokes. Another Member State's case: 404. Answers are never cached.
 */
@Tag(name = "Victim cases", description = "Cases for survivors (Art 20-21) and their access codes")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@Path("v1/victim-cases")
@Produces(MediaType.APPLICATION_JSON)
public class VictimCaseResource {

    @Inject
    VictimCases cases;

    @Context
    UriInfo uriInfo;

    public record CaseDto(String id, String caseNumber, String memberState, String contactReference, Instant openedAt,
                          boolean hasCode, Instant codeIssuedAt, Instant codeRevokedAt, Instant lockedUntil, Instant withdrawnAt,
                          int submissions) {
        static CaseDto of(VictimCaseView v) {
            return new CaseDto(v.id().toString(), v.caseNumber(), v.memberState().name(), v.contactReference(), v.openedAt(),
                    v.hasCode(), v.codeIssuedAt(), v.codeRevokedAt(), v.lockedUntil(), v.withdrawnAt(), v.submissions());
        }
    }

    public record IssuedDto(CaseDto victimCase, String accessCode) {
        static IssuedDto of(IssuedCode issued) {
            return new IssuedDto(CaseDto.of(issued.victimCase()), issued.accessCode());
        }
    }

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a victim case (Coordinating Authorities): body {contactReference (your own file number, never a "
            + "name), memberState (only if you act for several)}; the answer holds the access code, shown this once")
    @APIResponse(responseCode = "201", description = "The case and its first access code")
    public Response open(JsonObject body) {
        JsonObject b = Inputs.requiredBody(body);
        String memberState = b.containsKey("memberState") && !b.isNull("memberState") ? b.getString("memberState", null) : null;
        IssuedCode issued = cases.open(Inputs.requiredText(b.getString("contactReference", null), "contactReference"),
                memberState == null ? null : Inputs.memberState(memberState, "memberState"));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(issued.victimCase().id().toString()).build())
                .entity(IssuedDto.of(issued)).cacheControl(noStore()).build();
    }

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @GET
    @Operation(summary = "The victim cases of your Member State(s), newest first")
    public Response list() {
        List<CaseDto> list = cases.list().stream().map(CaseDto::of).toList();
        return Response.ok(list).cacheControl(noStore()).build();
    }

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @GET
    @Path("{id}")
    @Operation(summary = "One victim case (another Member State's: 404)")
    public Response get(@PathParam("id") String id) {
        return Response.ok(CaseDto.of(cases.get(id(id)))).cacheControl(noStore()).build();
    }

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @POST
    @Path("{id}/access-code")
    @Operation(summary = "Issue a new access code (shown this once): the old one stops working, the case is unlocked, "
            + "the survivor's open sessions end")
    @APIResponse(responseCode = "201", description = "The case and its new access code")
    public Response issueCode(@PathParam("id") String id) {
        return Response.status(Response.Status.CREATED).entity(IssuedDto.of(cases.issueCode(id(id)))).cacheControl(noStore()).build();
    }

    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    @DELETE
    @Path("{id}/access-code")
    @Operation(summary = "Revoke the access code: it stops working at once and the survivor's open sessions end")
    public Response revokeCode(@PathParam("id") String id) {
        return Response.ok(CaseDto.of(cases.revokeCode(id(id)))).cacheControl(noStore()).build();
    }

    private static VictimCaseId id(String id) {
        return new VictimCaseId(Inputs.uuid(id, "id"));
    }

    private static CacheControl noStore() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return noStore;
    }
}
