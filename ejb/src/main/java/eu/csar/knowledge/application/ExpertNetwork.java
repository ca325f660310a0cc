package eu.csar.knowledge.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.knowledge.api.NetworkDocumentId;
import eu.csar.knowledge.domain.ArticleRepository;
import eu.csar.knowledge.domain.KnowledgeAction;
import eu.csar.knowledge.domain.NetworkDocument;
import eu.csar.knowledge.domain.NetworkDocumentSummary;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/**
 * The prevention experts' network's space to share documents with the Centre (Art 43(6), Art 50(4)
 * COM(2022) 209, pending legal review): members ({@code prevention-expert}) and Centre staff
 * ({@code centre-admin}, {@code centre-reviewer}) share, list and download business documents with the
 * limits of a risk assessment's documents (PDF, plain text, ODT, DOCX; at most 10 MiB); every other role
 * is refused (403). Every share, list and download is audited, refusals too.
 */
@Stateless
public class ExpertNetwork {

    static final String PURPOSE = "prevention experts' network (Art 43(6), Art 50(4))";

    @Inject
    ArticleRepository repository;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    /** A document with its bytes, for a download. */
    public record Download(NetworkDocumentSummary document, byte[] content) implements Serializable {
    }

    @RolesAllowed({Roles.PREVENTION_EXPERT, Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER})
    public NetworkDocumentSummary share(String fileName, String mediaType, byte[] content) {
        try {
            NetworkDocument d = NetworkDocument.share(fileName, mediaType, content, audit.actorName(), clock.instant());
            repository.addDocument(d);
            repository.flush();
            audit.success(KnowledgeAction.NETWORK_DOCUMENT_SHARED, d.id(), PURPOSE + "; " + d.mediaType() + ", " + d.sizeBytes()
                    + " bytes, sha256 " + d.sha256());
            return NetworkDocumentSummary.of(d);
        } catch (RuleViolationException refused) {
            audit.refusal(KnowledgeAction.NETWORK_DOCUMENT_SHARED, null, PURPOSE + "; " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        }
    }

    @RolesAllowed({Roles.PREVENTION_EXPERT, Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER})
    public List<NetworkDocumentSummary> documents() {
        List<NetworkDocumentSummary> found = repository.documents();
        audit.success(KnowledgeAction.NETWORK_DOCUMENT_LIST_READ, null, PURPOSE + "; " + found.size() + " document(s)");
        return found;
    }

    @RolesAllowed({Roles.PREVENTION_EXPERT, Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER})
    public Download download(@NotNull NetworkDocumentId id) {
        NetworkDocument d = repository.document(id).orElseThrow(() -> {
            audit.refusal(KnowledgeAction.NETWORK_DOCUMENT_DOWNLOADED, id, PURPOSE, AuditOutcome.NOT_FOUND);
            return new UnknownObjectException("NetworkDocument", id);
        });
        audit.success(KnowledgeAction.NETWORK_DOCUMENT_DOWNLOADED, id, PURPOSE + "; sha256 " + d.sha256());
        return new Download(NetworkDocumentSummary.of(d), d.content());
    }
}
