package eu.csar.web.knowledge.rest;

import eu.csar.knowledge.api.NetworkDocumentId;
import eu.csar.knowledge.application.ExpertNetwork;
import eu.csar.knowledge.domain.NetworkDocumentSummary;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.DocumentRules;
import eu.csar.web.platform.rest.Attachments;
import eu.csar.web.platform.rest.IdempotencyKeys;
import eu.csar.web.platform.rest.Idempotent;
import eu.csar.web.platform.rest.Inputs;
import eu.csar.web.platform.rest.RawBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The prevention experts' network's documents shared with the Centre: share one (the file as the body,
 * at most 10 MiB; PDF, plain text, ODT or DOCX), list them, download one. Members of the network and
 * Centre staff only; anyone else 403.
 */
@Tag(name = "Knowledge hub")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@RequestScoped
@Path(NetworkDocumentResource.BASE)
@Produces(MediaType.APPLICATION_JSON)
public class NetworkDocumentResource {

    static final String BASE = "v1/knowledge/network/documents";

    @Inject
    ExpertNetwork network;

    @Context
    UriInfo uriInfo;

    /** A document as the API lists it; {@code href} downloads it. */
    public record Document(String id, String fileName, String mediaType, long size, String sha256, String sharedBy,
                           String sharedAt, String href) {
        static Document of(NetworkDocumentSummary d) {
            return new Document(d.id().toString(), d.fileName(), d.mediaType(), d.sizeBytes(), d.sha256(), d.sharedBy(),
                    d.sharedAt().toString(), "/api/" + BASE + "/" + d.id());
        }
    }

    @Idempotent
    @RawBody(maxBytes = DocumentRules.MAX_BYTES, maxText = "10 MiB")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.HEADER_DOC,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.PREVENTION_EXPERT})
    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Share a document with the network and the Centre: the body is the file (at most 10 MiB), the "
            + "Content-Type its media type (PDF, plain text, ODT or DOCX), fileName its name; 201 with its SHA-256")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Shared")
    public Response share(@QueryParam("fileName") String fileName, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                          InputStream body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readAllBytes(); // at most MAX_BYTES: RequestBodyLimit
        NetworkDocumentSummary d = network.share(fileName, contentType, content);
        return Response.created(uriInfo.getBaseUriBuilder().path(BASE).path(d.id().toString()).build())
                .type(MediaType.APPLICATION_JSON_TYPE).entity(Document.of(d)).build();
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.PREVENTION_EXPERT})
    @GET
    @Operation(summary = "The network's documents, newest first: name, media type, size, SHA-256, who and when")
    public List<Document> list() {
        return network.documents().stream().map(Document::of).toList();
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.PREVENTION_EXPERT})
    @GET
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a network document (attachment, its stored media type)")
    public Response download(@PathParam("id") String id) {
        ExpertNetwork.Download d = network.download(new NetworkDocumentId(Inputs.uuid(id, "id")));
        return Attachments.storedDocument(d.document().mediaType(), d.document().fileName(), d.content());
    }
}
