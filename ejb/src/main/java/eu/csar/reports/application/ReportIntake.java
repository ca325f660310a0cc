package eu.csar.reports.application;

import com.nimbusds.jose.JWSAlgorithm;
import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.platform.application.Outbox;
import eu.csar.registry.application.ProviderDirectory;
import eu.csar.reports.api.ReportId;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.api.ReportType;
import eu.csar.reports.api.TriageMessages;
import eu.csar.reports.domain.EvidenceInput;
import eu.csar.reports.domain.PublicMaterialRepository;
import eu.csar.reports.domain.Report;
import eu.csar.reports.domain.ReportAction;
import eu.csar.reports.domain.ReportContent;
import eu.csar.reports.domain.ReportRepository;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.vault.api.ContentTooLargeException;
import eu.csar.vault.api.VaultReceipt;
import eu.csar.vault.application.EvidenceVault;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Report intake for providers (Art 12-13 of COM(2022) 209), the lifecycle providers know from
 * NCMEC's API: open a report with its Art 13 content (its id comes back at once), attach evidence
 * items (hashes computed locally, or content into the evidence vault), finish it with a detached JWS
 * over its canonical document ({@link ReportDocument}) made with the key the provider registered, or
 * retract it; or submit a report whose evidence is hashes only in one call. A provider sees and
 * moves only its own reports: any other is not found (404). Every write and every read is audited;
 * a refusal in its own transaction. A refused signature leaves the report OPEN. Finishing a report
 * (either way) queues its detection job in the same commit ({@link ReportTriage}). A report's type must
 * be one the legal profile provides ({@code report.abuse-types} of the version of {@value #PROFILE} pinned
 * on the report when it was opened: the newest then), checked at opening and again at finishing.
 */
@Stateless
public class ReportIntake {

    static final String PURPOSE = "report intake (Art 12-13)";
    static final String OBJECT_TYPE = "Report";
    static final int MAX_ITEMS_PER_CALL = 100;
    /** The owner context of the content this intake puts into the evidence vault; the report's id is the reference. */
    static final String VAULT_OWNER = "reports";
    /** The legal profile a report is opened under: its newest version is pinned on the report ({@link Report#legalProfile}). */
    static final String PROFILE = "COM-2022-209";
    static final int MAX_PAGE = 100;

    @Inject
    ReportRepository reports;

    @Inject
    PublicMaterialRepository material;

    @Inject
    ProviderDirectory directory;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    EvidenceVault vault;

    @Inject
    Outbox outbox;

    @Inject
    LegalProfiles profiles;

    /** Opens a report of the caller's provider with its Art 13 content; OPEN, without evidence yet. */
    @RolesAllowed(Roles.PROVIDER)
    public ReportView open(@NotNull @Valid ReportContent content) {
        ReportAction action = ReportAction.REPORT_OPENED;
        Report report = opened(ReportId.random(), content, action);
        reports.add(report);
        reports.flush();
        audit.success(action, report.id(), PURPOSE + "; " + report.type() + (report.urgent() ? ", urgent" : ""));
        return ReportView.of(report);
    }

    /** Attaches evidence items (hashes) to the caller's OPEN report, in the order given. */
    @RolesAllowed(Roles.PROVIDER)
    public ReportView attachEvidence(@NotNull ReportId id,
                                     @NotEmpty @Size(max = MAX_ITEMS_PER_CALL) List<@NotNull @Valid EvidenceInput> items) {
        ReportAction action = ReportAction.REPORT_EVIDENCE_ATTACHED;
        Report report = own(id, action);
        step(action, id, () -> report.attach(items, clock.instant()));
        reports.flush();
        audit.success(action, id, PURPOSE + "; " + items.size() + " item(s), " + report.evidence().size() + " in all");
        return ReportView.of(report);
    }

    /**
     * Attaches content data to the caller's OPEN report: the bytes are read as a stream and go
     * encrypted into the evidence vault segment by segment (owner {@code reports} and the report's id)
     * in this transaction, and the report gets the next evidence item, the SHA-256 the vault computed
     * with the vault's item id, media type and size. The report is checked first, so a refused
     * attachment (not found, not OPEN, full) reads nothing and stores nothing in the vault; content over
     * {@link EvidenceContent#maxBytes()} (413) or a body that breaks off rolls back every segment
     * written with the rest.
     */
    @RolesAllowed(Roles.PROVIDER)
    public ReportView attachContent(@NotNull ReportId id, @NotNull InputStream content, @NotNull String mediaType) {
        ReportAction action = ReportAction.REPORT_EVIDENCE_ATTACHED;
        String type = EvidenceContent.mediaType(mediaType).orElseThrow(() -> RuleViolationException.invalid(
                "mediaType", "one of " + String.join(", ", EvidenceContent.MEDIA_TYPES)));
        Report report = own(id, action);
        act(action, id, () -> report.checkRoomFor(1, "content"));
        long maxBytes = EvidenceContent.maxBytes();
        VaultReceipt receipt;
        try {
            receipt = vault.store(content, maxBytes, type, VAULT_OWNER, id.toString());
        } catch (ContentTooLargeException e) {
            audit.refusal(action, id, PURPOSE + "; content " + type + " over " + maxBytes + " bytes", AuditOutcome.REFUSED);
            throw e;
        }
        act(action, id, () -> report.attachContent(receipt.sha256(), receipt.id().value(), receipt.mediaType(), receipt.size(),
                clock.instant()));
        reports.flush();
        audit.success(action, id, PURPOSE + "; content " + type + ", " + receipt.size() + " bytes, vault item " + receipt.id()
                + ", " + report.evidence().size() + " in all");
        return ReportView.of(report);
    }

    /** Finishes the caller's OPEN report with its signature; a signature refused leaves it OPEN. */
    @RolesAllowed(Roles.PROVIDER)
    public ReportView finish(@NotNull ReportId id, @Size(max = Report.MAX_SIGNATURE) String signature) {
        ReportAction action = ReportAction.REPORT_FINISHED;
        Report report = own(id, action);
        String document = signAndFinish(report, signature, action);
        audit.success(action, id, PURPOSE + "; " + report.state() + ", signed " + report.signatureAlgorithm());
        return ReportView.of(report, document);
    }

    /** Retracts the caller's report (OPEN, or FINISHED until it is forwarded). */
    @RolesAllowed(Roles.PROVIDER)
    public ReportView retract(@NotNull ReportId id, @Size(max = Report.MAX_REASON) @CleanText(multiLine = true) String reason) {
        ReportAction action = ReportAction.REPORT_RETRACTED;
        Report report = own(id, action);
        act(action, id, () -> report.retract(reason, audit.actorName(), clock.instant()));
        reports.flush();
        audit.success(action, id, PURPOSE + "; " + report.state());
        return ReportView.of(report);
    }

    /**
     * Opens, attaches and finishes a report whose evidence is hashes only, in one transaction. The
     * provider chooses the report's id (a random UUID) so that it can sign the canonical document,
     * which names the id, before sending; an id already taken is refused (409).
     */
    @RolesAllowed(Roles.PROVIDER)
    public ReportView submitInOneCall(@NotNull ReportId id, @NotNull @Valid ReportContent content,
                                      @NotEmpty @Size(max = MAX_ITEMS_PER_CALL) List<@NotNull @Valid EvidenceInput> items,
                                      @Size(max = Report.MAX_SIGNATURE) String signature) {
        ReportAction action = ReportAction.REPORT_SUBMITTED;
        if (reports.exists(id)) {
            audit.refusal(action, id, PURPOSE + "; the id is taken", AuditOutcome.REFUSED);
            throw new RuleViolationException(RuleViolationException.Code.DUPLICATE, "id",
                    "A report with this id exists; choose a new random UUID");
        }
        Report report = opened(id, content, action);
        step(action, id, () -> report.attach(items, clock.instant()));
        // opened above in this transaction under the version just pinned and checked: not checked again
        String document = signed(report, signature, action, false);
        reports.add(report);
        reports.flush(); // one flush: the report, its evidence and its history
        queueDetectionJob(report);
        audit.success(action, id, PURPOSE + "; " + report.type() + ", " + report.evidence().size() + " item(s), signed "
                + report.signatureAlgorithm());
        return ReportView.of(report, document);
    }

    /** The caller's report with its content, evidence, history and signing input; another's is not found. */
    @RolesAllowed(Roles.PROVIDER)
    public ReportView status(@NotNull ReportId id) {
        ReportAction action = ReportAction.REPORT_READ;
        Report report = reports.find(id).filter(r -> r.belongsTo(caller.providerId().orElse(null)))
                .orElseThrow(() -> notFound(action, id));
        audit.success(action, id, PURPOSE);
        return ReportView.of(report).withMaterial(material.of(id));
    }

    /**
     * One page of the caller's own reports, newest first: in one of {@code states} (empty: any), opened
     * at or after {@code from} and before {@code to} (null: open-ended). Audited as a list read.
     */
    @RolesAllowed(Roles.PROVIDER)
    public ReportPage list(@NotNull Set<ReportState> states, Instant from, Instant to, @Min(0) int page,
                           @Min(1) @Max(MAX_PAGE) int size) {
        ProviderId provider = provider();
        Set<ReportState> stored = states.isEmpty() ? states : ReportState.seenByProviderAs(states); // FINISHED: also under review
        List<Report> found = reports.page(provider, stored, from, to, page * size, size);
        long total = reports.count(provider, stored, from, to);
        audit.success(ReportAction.REPORT_LIST_READ, null, PURPOSE + "; page " + page + ", " + found.size() + " of " + total
                + (states.isEmpty() ? "" : ", states " + states) + (from == null ? "" : ", from " + from)
                + (to == null ? "" : ", to " + to));
        return new ReportPage(found.stream().map(ReportSummary::of).toList(), page, size, total);
    }

    /** A new report pinned to the newest version of {@value #PROFILE}, which must provide the content's type. */
    private Report opened(ReportId id, ReportContent content, ReportAction action) {
        return step(action, null, () -> {
            ProfileRef profile = profiles.pin(PROFILE);
            providedByTheProfile(content.type(), profile);
            return Report.open(id, profile, provider(), content, audit.actorName(), clock.instant());
        });
    }

    /**
     * The legal profile version {@code profile} (the report's pinned one) provides reports of {@code type}
     * (Art 13(1)(f)); otherwise 400 naming {@code type}.
     */
    private void providedByTheProfile(ReportType type, ProfileRef profile) {
        if (type == null) {
            return; // Bean Validation names the missing type
        }
        requireProvided(type, profile, profiles.list(profile, ProfileKey.REPORT__ABUSE_TYPES));
    }

    /** Refuses {@code type} unless {@code provided} (the profile's {@code report.abuse-types}) holds it. */
    static void requireProvided(ReportType type, ProfileRef profile, List<String> provided) {
        if (!provided.contains(type.profileItem())) {
            throw RuleViolationException.invalid("type", "The legal profile " + profile
                    + " provides no reports of type " + type + " (report.abuse-types: " + String.join(", ", provided) + ")");
        }
    }

    /**
     * Finishes {@code report}: its type still provided by its pinned profile version, the signature verified;
     * answers the canonical document signed.
     */
    private String signAndFinish(Report report, String signature, ReportAction action) {
        String document = signed(report, signature, action, true);
        reports.flush();
        queueDetectionJob(report);
        return document;
    }

    /**
     * Verifies the signature and finishes {@code report} in memory; with {@code checkProfile}, first
     * checks that its pinned profile version still provides its type (a report opened in an earlier
     * call; one opened in this transaction was checked by {@link #opened} against the same version).
     * Answers the canonical document the signature covers (the report's {@code signingInput}).
     */
    private String signed(Report report, String signature, ReportAction action, boolean checkProfile) {
        return step(action, report.id(), () -> {
            if (checkProfile) {
                providedByTheProfile(report.type(), report.legalProfile());
            }
            String document = ReportDocument.canonical(report);
            JWSAlgorithm algorithm = ReportSignatures.verify(signature, ReportDocument.bytes(document),
                    directory.signingPublicKey(report.providerId()));
            report.finish(signature.strip(), algorithm.getName(), ReportDocument.sha256(document), audit.actorName(),
                    clock.instant());
            return document;
        });
    }

    /**
     * Queues the report's detection job ({@link ReportTriage}) through the outbox in this transaction:
     * it leaves only if the report is finished, and the report is finished only with its job. Ids only;
     * an urgent report's job at the highest priority.
     */
    private void queueDetectionJob(Report report) {
        outbox.enqueue(TriageMessages.QUEUE_JNDI, TriageMessages.propertiesOf(report.id()), TriageMessages.priority(report.urgent()));
    }

    private void act(ReportAction action, ReportId id, Runnable step) {
        step(action, id, () -> {
            step.run();
            return id;
        });
    }

    /** Runs one step of the workflow; a rule it breaks is audited as refused (own transaction) and thrown on. */
    private <T> T step(ReportAction action, ReportId id, Supplier<T> step) {
        try {
            return step.get();
        } catch (RuleViolationException refused) {
            audit.refusal(action, id, PURPOSE + "; " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        }
    }

    /** The caller's report, locked for the move; another provider's is not found (and audited so). */
    private Report own(ReportId id, ReportAction action) {
        ProviderId provider = provider();
        return reports.findForUpdate(id).filter(r -> r.belongsTo(provider)).orElseThrow(() -> notFound(action, id));
    }

    private UnknownObjectException notFound(ReportAction action, ReportId id) {
        audit.refusal(action, id, PURPOSE, AuditOutcome.NOT_FOUND);
        return new UnknownObjectException(OBJECT_TYPE, id);
    }

    private ProviderId provider() {
        return caller.providerId().orElseThrow(() -> RuleViolationException.invalid(null,
                "The token names no provider"));
    }
}
