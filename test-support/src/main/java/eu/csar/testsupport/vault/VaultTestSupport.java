package eu.csar.testsupport.vault;

import eu.csar.vault.api.VaultReceipt;
import eu.csar.vault.application.EvidenceVault;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stores content in the evidence vault for tests and demos, centre admins only, until the reports'
 * intake attaches content itself: {@code POST /test-support/vault/items?owner=reports&reference=R}
 * with the content as the body and its {@code Content-Type}; answers the receipt (id, sha256, size).
 * Tests send synthetic images they draw themselves, never real material.
 */
@Path("vault")
@RequestScoped
public class VaultTestSupport {

    @Inject
    EvidenceVault vault;

    @POST
    @Path("items")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("centre-admin")
    public Response store(byte[] content, @HeaderParam("Content-Type") String type,
                          @QueryParam("owner") String owner, @QueryParam("reference") String reference) {
        String mediaType = type == null ? "application/octet-stream" : type.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        VaultReceipt receipt = vault.store(content == null ? new byte[0] : content, mediaType,
                owner == null ? "reports" : owner, reference == null ? "test-support" : reference);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", receipt.id().toString());
        answer.put("sha256", receipt.sha256());
        answer.put("size", receipt.size());
        answer.put("mediaType", receipt.mediaType());
        answer.put("storedAt", receipt.storedAt().toString());
        return Response.status(201).entity(answer).build();
    }
}
