package eu.csar.web.audit.rest;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditEntryView;
import eu.csar.audit.application.AuditTrail;
import eu.csar.audit.domain.AuditSearch;
import eu.csar.audit.domain.ChainVerification;
import eu.csar.security.api.Roles;
import eu.csar.web.platform.rest.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** For centre auditors: the trail, newest first and filterable, and the verification of its chain. */
@Tag(name = "Audit trail", description = "For centre auditors")
@APIResponse(responseCode = "default", description = "RFC 9457 problem",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail trail;

    /**
     * One entry as auditors read it: {@code seq} is the order of writing, {@code chainSeq} the position
     * in the hash chain ({@code sealing} until the chainer has linked it); {@code actor} is null and
     * {@code actorErased} true once retention has erased the actor's name.
     */
    public record Entry(long seq, String id, String occurredAt, String actor, String roles, String memberStates,
                        String providerId, String action, String objectType, String objectId, String purpose,
                        String outcome, String entryHash, Long chainSeq, String sealedAt, boolean sealing,
                        boolean actorErased) {
        static Entry of(AuditEntryView e) {
            return new Entry(e.seq(), e.id().toString(), e.occurredAt().toString(), e.actor(), e.roles(), e.memberStates(),
                    e.providerId() == null ? null : e.providerId().toString(), e.action(), e.objectType(), e.objectId(),
                    e.purpose(), e.outcome().name(), e.entryHash(), e.chainSeq(),
                    e.sealedAt() == null ? null : e.sealedAt().toString(), e.sealing(), e.actorErased());
        }
    }

    public record EntryList(List<Entry> items, long total, int page, int size) {
    }

    @RolesAllowed(Roles.CENTRE_AUDITOR)
    @GET
    @Path("entries")
    @Operation(summary = "Browse the audit trail, newest first")
    public EntryList entries(@QueryParam("actor") String actor, @QueryParam("action") String action,
                             @QueryParam("objectType") String objectType, @QueryParam("objectId") String objectId,
                             @QueryParam("outcome") String outcome, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("page") String pageParam,
                             @QueryParam("size") String sizeParam) {
        int page = Inputs.integer(pageParam, 0, "page");
        int size = Inputs.integer(sizeParam, 100, "size");
        AuditSearch search = new AuditSearch(actor, action, objectType, objectId,
                Inputs.enumOrNull(AuditOutcome.class, outcome, "outcome"), Inputs.instantOrNull(from, "from"),
                Inputs.instantOrNull(to, "to"), Inputs.firstRow(page, size, 1000), size);
        AuditTrail.Page result = trail.search(search);
        return new EntryList(result.entries().stream().map(Entry::of).toList(), result.total(), page, size);
    }

    @RolesAllowed(Roles.CENTRE_AUDITOR)
    @GET
    @Path("chain-verification")
    @Operation(summary = "Verify the hash chain; names the first broken entry")
    public ChainVerification verify() {
        return trail.verify();
    }

}
