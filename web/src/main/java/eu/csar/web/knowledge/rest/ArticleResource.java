package eu.csar.web.knowledge.rest;

import eu.csar.knowledge.application.ArticleView;
import eu.csar.knowledge.application.EditorialDesk;
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
import jakarta.ws.rs.PUT;
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

import java.util.List;

/**
 * The editorial workflow of the knowledge hub for Centre staff: draft an article (English and Dutch
 * side by side), edit it (a published one gets a new draft version), submit it for review, and, as a
 * reviewer who did not write it, publish it (four eyes: 409 otherwise), return it or withdraw it.
 * A wrong role is 403, an unknown article 404, a malformed body 400 naming the field. Drafting takes
 * an {@code Idempotency-Key}.
 */
@Tag(name = "Knowledge hub", description = "Prevention programmes, support services for survivors, definitions for providers (Art 43(6), 50(4))")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path(ArticleResource.BASE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticleResource {

    static final String BASE = "v1/knowledge/articles";

    @Inject
    EditorialDesk desk;

    @Context
    UriInfo uriInfo;

    @Idempotent
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER})
    @POST
    @Operation(summary = "Draft a new article (kind PREVENTION_PROGRAMME, SUPPORT_SERVICE or DEFINITION): version 1, DRAFT")
    @APIResponse(responseCode = "201", description = "Drafted")
    public Response draft(ArticleRequests.Body body) {
        ArticleRequests.Body b = Inputs.requiredBody(body);
        ArticleView created = desk.draft(b.kind(), b.content());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(ArticleRequests.Dto.of(created)).build();
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER})
    @GET
    @Operation(summary = "Every article, the newest first, with the version being worked on")
    public List<ArticleRequests.Dto> list() {
        return desk.list().stream().map(ArticleRequests.Dto::of).toList();
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER})
    @GET
    @Path("{id}")
    @Operation(summary = "One article: the version being worked on, the published version's number, the history")
    public ArticleRequests.Dto open(@PathParam("id") String id) {
        return ArticleRequests.Dto.of(desk.article(ArticleRequests.id(id)));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER})
    @PUT
    @Path("{id}")
    @Operation(summary = "Edit the draft; on a published or withdrawn article this opens a new draft version (the published "
            + "one stays public); 409 while in review")
    public ArticleRequests.Dto edit(@PathParam("id") String id, ArticleRequests.Body body) {
        return ArticleRequests.Dto.of(desk.edit(ArticleRequests.id(id), Inputs.requiredBody(body).content()));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER})
    @POST
    @Path("{id}/submit")
    @Operation(summary = "Hand the draft to review: English and Dutch, title and text, are required (400 naming the field)")
    public ArticleRequests.Dto submit(@PathParam("id") String id) {
        return ArticleRequests.Dto.of(desk.submit(ArticleRequests.id(id)));
    }

    @RolesAllowed(Roles.CENTRE_REVIEWER)
    @POST
    @Path("{id}/return")
    @Operation(summary = "Send the version in review back to draft (reviewers)")
    public ArticleRequests.Dto returnToDraft(@PathParam("id") String id, ArticleRequests.Reason body) {
        return ArticleRequests.Dto.of(desk.returnToDraft(ArticleRequests.id(id), ArticleRequests.reason(body)));
    }

    @RolesAllowed(Roles.CENTRE_REVIEWER)
    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish the version in review (reviewers; four eyes: 409 for anyone who wrote it)")
    public ArticleRequests.Dto publish(@PathParam("id") String id) {
        return ArticleRequests.Dto.of(desk.publish(ArticleRequests.id(id)));
    }

    @RolesAllowed(Roles.CENTRE_REVIEWER)
    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Take the published version off the public pages (reviewers)")
    public ArticleRequests.Dto withdraw(@PathParam("id") String id, ArticleRequests.Reason body) {
        return ArticleRequests.Dto.of(desk.withdraw(ArticleRequests.id(id), ArticleRequests.reason(body)));
    }
}
