package eu.csar.risk.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.registry.application.ProviderDirectory;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.risk.api.RiskAssessmentState;
import eu.csar.risk.api.RiskDocumentId;
import eu.csar.risk.domain.RiskAction;
import eu.csar.risk.domain.RiskAssessment;
import eu.csar.risk.domain.RiskAssessmentDocument;
import eu.csar.risk.domain.RiskAssessmentRepository;
import eu.csar.risk.domain.RiskDocumentSummary;
import eu.csar.security.api.Caller;
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
import java.util.Set;
import java.util.function.Predicate;

/**
 * The documents attached to a risk assessment (Art 3-5: the report is the structured fields plus
 * documents): the provider attaches business documents (PDF, plain text, ODT, DOCX, at most 10 MiB)
 * to its own assessment until it is superseded; the provider and the Coordinating Authorities
 * competent for it list and download them. Another provider's or another Member State's assessment
 * does not exist for the caller (404). Every upload, list and download is audited, refusals too.
 */
@Stateless
public class RiskDocuments {

    @Inject
    RiskAssessmentRepository assessments;

    @Inject
    RiskMoves moves;

    @Inject
    ProviderDirectory directory;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A document with its bytes, for a download. */
    public record Download(RiskDocumentSummary document, byte[] content) implements Serializable {
    }

    /** The provider attaches a document to its own assessment; refused (naming the field) when not allowed, 409 once superseded. */
    @RolesAllowed(Roles.PROVIDER)
    public RiskDocumentSummary attach(@NotNull RiskAssessmentId id, String fileName, String mediaType, byte[] content) {
        RiskAction action = RiskAction.RISK_DOCUMENT_ATTACHED;
        RiskAssessment a = moves.load(id, this::own, action);
        try {
            if (a.state() == RiskAssessmentState.SUPERSEDED) {
                throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, "state",
                        "A superseded assessment takes no documents");
            }
            RiskAssessmentDocument d = RiskAssessmentDocument.attach(id, fileName, mediaType, content, audit.actorName(),
                    clock.instant());
            assessments.addDocument(d);
            assessments.flush();
            audit.success(action, id, RiskMoves.PURPOSE + "; document " + d.id() + ", " + d.mediaType() + ", "
                    + d.sizeBytes() + " bytes, sha256 " + d.sha256());
            return RiskDocumentSummary.of(d);
        } catch (RuleViolationException refused) {
            audit.refusal(action, id, RiskMoves.PURPOSE + "; " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        }
    }

    /** The documents of one of the calling provider's assessments. */
    @RolesAllowed(Roles.PROVIDER)
    public List<RiskDocumentSummary> ownDocuments(@NotNull RiskAssessmentId id) {
        return list(id, this::own, "own");
    }

    /** A document of one of the calling provider's assessments. */
    @RolesAllowed(Roles.PROVIDER)
    public Download ownDownload(@NotNull RiskAssessmentId id, @NotNull RiskDocumentId document) {
        return download(id, document, this::own, "own");
    }

    /** The documents of an assessment of a provider under the calling authority's jurisdiction. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public List<RiskDocumentSummary> reviewDocuments(@NotNull RiskAssessmentId id) {
        return list(id, this::underJurisdiction, "review");
    }

    /** A document of an assessment of a provider under the calling authority's jurisdiction. */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public Download reviewDownload(@NotNull RiskAssessmentId id, @NotNull RiskDocumentId document) {
        return download(id, document, this::underJurisdiction, "review");
    }

    private List<RiskDocumentSummary> list(RiskAssessmentId id, Predicate<RiskAssessment> visible, String side) {
        RiskAction action = RiskAction.RISK_DOCUMENT_LIST_READ;
        moves.visible(assessments.find(id), visible, action, id);
        List<RiskDocumentSummary> found = assessments.documents(id);
        audit.success(action, id, RiskMoves.PURPOSE + "; " + side + ", " + found.size() + " document(s)");
        return found;
    }

    private Download download(RiskAssessmentId id, RiskDocumentId document, Predicate<RiskAssessment> visible, String side) {
        RiskAction action = RiskAction.RISK_DOCUMENT_DOWNLOADED;
        moves.visible(assessments.find(id), visible, action, id);
        RiskAssessmentDocument d = assessments.document(id, document).orElseThrow(() -> {
            audit.refusal(action, id, RiskMoves.PURPOSE + "; document " + document, AuditOutcome.NOT_FOUND);
            return new UnknownObjectException("RiskAssessmentDocument", document);
        });
        audit.success(action, id, RiskMoves.PURPOSE + "; " + side + ", document " + d.id() + ", sha256 " + d.sha256());
        return new Download(RiskDocumentSummary.of(d), d.content());
    }

    private boolean own(RiskAssessment a) {
        return caller.providerId().filter(a.providerId()::equals).isPresent();
    }

    private boolean underJurisdiction(RiskAssessment a) {
        return !directory.openableAmong(Set.of(a.providerId())).isEmpty();
    }
}
