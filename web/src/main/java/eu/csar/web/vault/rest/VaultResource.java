package eu.csar.web.vault.rest;

import eu.csar.security.api.Roles;
import eu.csar.vault.api.RevealPurpose;
import eu.csar.vault.api.RotationReport;
import eu.csar.vault.api.VaultItemId;
import eu.csar.vault.api.VaultItemView;
import eu.csar.vault.application.EvidenceVault;
import eu.csar.web.platform.rest.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * The evidence vault for the EU Centre's staff: a centre reviewer's audited reveal of an item's
 * content with a purpose, a centre admin's destruction of an item, and the master key rotation.
 * Storing is not here: content arrives with the reports it belongs to. The content of a reveal is
 * sent as an attachment that a browser must not render or keep ({@code Content-Disposition:
 * attachment}, {@code Cache-Control: no-store}, {@code nosniff}, a sandboxing CSP), with its SHA-256 in
 * {@code Repr-Digest} (RFC 9530).
 */
@Tag(name = "Evidence vault", description = "Encrypted content data: audited reveal, destruction, master key rotation")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@Path("v1/vault")
public class VaultResource {

    @Inject
    EvidenceVault vault;

    public record ItemDto(String id, String sha256, long size, String mediaType, String ownerContext, String ownerReference,
                          String storedAt, String masterKeyAlias, String destroyedAt, String destructionReason) {
        static ItemDto of(VaultItemView v) {
            return new ItemDto(v.id().toString(), v.sha256(), v.size(), v.mediaType(), v.ownerContext(), v.ownerReference(),
                    v.storedAt().toString(), v.masterKeyAlias(), v.destroyedAt() == null ? null : v.destroyedAt().toString(),
                    v.destructionReason());
        }
    }

    public record RotationDto(String alias, long rewrapped) {
        static RotationDto of(RotationReport r) {
            return new RotationDto(r.alias(), r.rewrapped());
        }
    }

    @RolesAllowed({Roles.CENTRE_REVIEWER, Roles.SYSTEM})
    @GET
    @Path("items/{id}")
    @Operation(summary = "Reveal an item's content (centre reviewers), naming the purpose; audited with it. "
            + "Purposes: report-assessment, indicator-verification, second-review, authority-request. "
            + "409 if the item was destroyed")
    @APIResponse(responseCode = "200", description = "The content, as an attachment, with Repr-Digest: sha-256")
    public Response reveal(@PathParam("id") String id, @QueryParam("purpose") String purpose) {
        VaultItemId item = new VaultItemId(Inputs.uuid(id, "id"));
        RevealPurpose why = RevealPurpose.ofCode(purpose).orElseThrow(() -> Inputs.invalid("purpose",
                "Name why you reveal this item: one of " + Arrays.stream(RevealPurpose.values()).map(RevealPurpose::code)
                        .collect(Collectors.joining(", "))));
        VaultItemView content = vault.revealable(item, why); // refusals answered here, before any byte is sent
        StreamingOutput body = out -> vault.reveal(item, why, out); // decrypted segment by segment, audited
        return Response.ok(body, content.mediaType())
                .header("Content-Length", content.size())
                .header("Content-Disposition", "attachment; filename=\"" + item + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(content.sha256())) + ":")
                .build();
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.SYSTEM})
    @POST
    @Path("items/{id}/destruction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Destroy an item (centre admins): its data key is deleted, so its content is unreadable "
            + "everywhere; body {\"reason\": \"...\"}; audited; 409 if already destroyed")
    public ItemDto destroy(@PathParam("id") String id, JsonObject body) {
        VaultItemId item = new VaultItemId(Inputs.uuid(id, "id"));
        return ItemDto.of(vault.destroy(item, Inputs.requiredText(text(Inputs.requiredBody(body), "reason"), "reason")));
    }

    @RolesAllowed(Roles.CENTRE_ADMIN)
    @POST
    @Path("master-key/rotations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rotate the master key (centre admins): body {\"alias\": \"vault-master-2\"}, a secret key already "
            + "in the vault's credential store; every live data key is wrapped again under it; audited; "
            + "asking again resumes an interrupted rotation")
    public RotationDto rotate(JsonObject body) {
        return RotationDto.of(vault.rotateMasterKey(Inputs.requiredText(text(Inputs.requiredBody(body), "alias"), "alias")));
    }

    private static String text(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw Inputs.invalid(field, field + " must be a string");
    }
}
