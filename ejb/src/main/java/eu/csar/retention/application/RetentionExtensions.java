package eu.csar.retention.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.reports.api.ReportId;
import eu.csar.retention.api.RetentionCategory;
import eu.csar.retention.api.RetentionExtensionView;
import eu.csar.retention.api.VictimCaseRetention;
import eu.csar.retention.domain.RetentionAction;
import eu.csar.retention.domain.RetentionRepository;
import eu.csar.retention.domain.RetentionRule;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.victims.api.VictimCaseHold;
import eu.csar.victims.api.VictimCaseId;
import eu.csar.victims.application.VictimRetention;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Holding a report's data beyond its retention period. An authority extends it for a case (Art 22(2):
 * legal basis recorded, at most the profile's {@code retention.extension-max}); the extension ends by
 * itself, after which the sweep takes the data. A Coordinating Authority or law enforcement may extend
 * only a report forwarded to one of its Member States (any other is 404, audited); centre admins any.
 * The report review: reviewers see the reports whose personal data are due and confirm those still
 * necessary (held one {@code retention.report-personal-data.period} more); unconfirmed ones are anonymised.
 * A victim case (Art 21) is held only by the Coordinating Authority of its own Member State (another
 * Member State's case is 404, audited); the case's state comes through the victims' door ({@link VictimRetention}).
 */
@Stateless
public class RetentionExtensions {

    static final String REPORT = "Report";
    static final String VICTIM_CASE = "VictimCase";

    private static final String PURPOSE = "retention extension (Art 22(2))";
    private static final String REVIEW_PURPOSE = "necessity review of a report's personal data (Art 51(4))";

    @Inject
    RetentionRepository repository;

    @Inject
    RetentionRules rules;

    @Inject
    VictimRetention victims;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Extends the retention of a report's personal data and vault items by {@code period}, on {@code legalBasis}. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.COORDINATING_AUTHORITY, Roles.LAW_ENFORCEMENT})
    public RetentionExtensionView extend(@NotNull ReportId report, @NotBlank @Size(max = 500) String legalBasis, @NotNull LegalPeriod period) {
        UUID reportId = report.value();
        Boolean erased = repository.reportErased(reportId).orElse(null);
        if (erased == null || !mayAct(reportId)) {
            audit.refusal(RetentionAction.RETENTION_EXTENDED, reportId, PURPOSE, AuditOutcome.NOT_FOUND);
            throw new UnknownObjectException(REPORT, reportId);
        }
        if (erased) {
            audit.refusal(RetentionAction.RETENTION_EXTENDED, reportId, PURPOSE, AuditOutcome.REFUSED);
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "The report's personal data were already anonymised: there is nothing left to extend");
        }
        return addExtension(REPORT, reportId, legalBasis, period);
    }

    /**
     * Extends the retention of a victim case's personal data (contact reference, access code) by {@code period},
     * on {@code legalBasis}: only the Coordinating Authority of the case's own Member State.
     */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public RetentionExtensionView extendVictimCase(@NotNull VictimCaseId victimCase, @NotBlank @Size(max = 500) String legalBasis,
                                         @NotNull LegalPeriod period) {
        VictimCaseHold held = ownVictimCase(victimCase, RetentionAction.RETENTION_EXTENDED);
        if (held.erased()) {
            audit.refusal(RetentionAction.RETENTION_EXTENDED, victimCase.value(), PURPOSE, AuditOutcome.REFUSED);
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "The victim case's personal data were already anonymised: there is nothing left to extend");
        }
        return addExtension(VICTIM_CASE, victimCase.value(), legalBasis, period);
    }

    /** The extensions of a victim case (the Coordinating Authority of its Member State). */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public List<RetentionExtensionView> victimCaseExtensions(@NotNull VictimCaseId victimCase) {
        ownVictimCase(victimCase, RetentionAction.RETENTION_REPORT_READ);
        List<RetentionExtensionView> found = repository.extensions(VICTIM_CASE, victimCase.toString());
        audit.success(RetentionAction.RETENTION_REPORT_READ, victimCase.value(), PURPOSE);
        return found;
    }

    /**
     * A victim case's retention (the Coordinating Authority of its Member State): when its personal data
     * fall due under {@code retention.victim-case} counted from the withdrawal, pushed back by the latest
     * extension, and the extensions recorded.
     */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public VictimCaseRetention victimCaseRetention(@NotNull VictimCaseId victimCase) {
        VictimCaseHold held = ownVictimCase(victimCase, RetentionAction.RETENTION_REPORT_READ);
        List<RetentionExtensionView> found = repository.extensions(VICTIM_CASE, victimCase.toString());
        Instant due = VictimCaseRetentions.dueAt(held, found, () -> rules.rule(RetentionCategory.VICTIM_CASE));
        audit.success(RetentionAction.RETENTION_REPORT_READ, victimCase.value(), PURPOSE);
        return new VictimCaseRetention(held.withdrawnAt(), due, held.erased(), rules.extensionMax().iso(), found);
    }

    /**
     * {@link #victimCaseRetention} of a page of cases at once (the authority's victim cases page), in a fixed
     * number of queries whatever the number of cases: the cases and their extensions one query each. Only the
     * cases of the caller's own Member States are answered; another Member State's case, or an unknown one,
     * is simply absent from the map. The read is audited once for the page: one entry naming every case read
     * (more than one entry only when their ids exceed the trail's 500-character purpose), nothing if none was read.
     */
    @RolesAllowed(Roles.COORDINATING_AUTHORITY)
    public Map<VictimCaseId, VictimCaseRetention> victimCaseRetentions(@NotNull @Size(max = 500) Collection<@NotNull VictimCaseId> victimCases) {
        if (victimCases.isEmpty()) {
            return Map.of();
        }
        List<VictimCaseHold> own = VictimCaseRetentions.own(victims.holds(new LinkedHashSet<>(victimCases)), caller.memberStates());
        if (own.isEmpty()) {
            return Map.of();
        }
        List<RetentionExtensionView> found = repository.extensions(VICTIM_CASE, own.stream().map(h -> h.id().toString()).toList());
        Map<VictimCaseId, VictimCaseRetention> retention = VictimCaseRetentions.of(own, found,
                () -> rules.rule(RetentionCategory.VICTIM_CASE), rules.extensionMax().iso());
        // One entry per case read, with the case as its object (as the single read writes it), so an auditor's
        // search by object finds this read too; the entries go in this read's transaction.
        for (VictimCaseId read : retention.keySet()) {
            audit.success(RetentionAction.RETENTION_REPORT_READ, read.value(), PURPOSE);
        }
        return retention;
    }

    private VictimCaseHold ownVictimCase(VictimCaseId id, RetentionAction action) {
        return victims.hold(id).filter(c -> caller.memberStates().contains(c.memberState())).orElseThrow(() -> {
            audit.refusal(action, id.value(), PURPOSE, AuditOutcome.NOT_FOUND);
            return new UnknownObjectException("Victim case", id.value());
        });
    }

    /** Records an extension of {@code subjectId} by {@code period} (at most the profile's bound, else 400 naming {@code period}), audited. */
    private RetentionExtensionView addExtension(String subjectType, UUID subjectId, String legalBasis, LegalPeriod period) {
        Instant now = clock.instant();
        Instant until;
        try {
            until = RetentionRule.extensionUntil(now, period, rules.extensionMax());
        } catch (RuleViolationException tooLong) {
            audit.refusal(RetentionAction.RETENTION_EXTENDED, subjectId, PURPOSE, AuditOutcome.REFUSED);
            throw tooLong;
        }
        RetentionExtensionView extension = new RetentionExtensionView(UUID.randomUUID(), subjectType, subjectId.toString(), "EXTENSION",
                legalBasis, until, audit.actorName(), now);
        repository.addExtension(extension);
        audit.success(RetentionAction.RETENTION_EXTENDED, subjectId, PURPOSE + "; " + subjectType + "; until " + until + "; " + legalBasis);
        return extension;
    }

    /** A reviewer confirms that a report's personal data are still necessary: held one retention period from now. */
    @RolesAllowed(Roles.CENTRE_REVIEWER)
    public RetentionExtensionView confirmNecessity(@NotNull ReportId report, @NotBlank @Size(max = 500) String reason) {
        UUID reportId = report.value();
        Boolean erased = repository.reportErased(reportId).orElse(null);
        if (erased == null) {
            audit.refusal(RetentionAction.REPORT_PERSONAL_DATA_NECESSITY_CONFIRMED, reportId, REVIEW_PURPOSE, AuditOutcome.NOT_FOUND);
            throw new UnknownObjectException(REPORT, reportId);
        }
        if (erased) {
            audit.refusal(RetentionAction.REPORT_PERSONAL_DATA_NECESSITY_CONFIRMED, reportId, REVIEW_PURPOSE, AuditOutcome.REFUSED);
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "The report's personal data were already anonymised");
        }
        Instant now = clock.instant();
        Instant until = rules.rule(RetentionCategory.REPORT_PERSONAL_DATA).dueAt(now);
        RetentionExtensionView confirmation = new RetentionExtensionView(UUID.randomUUID(), REPORT, reportId.toString(),
                "NECESSITY_CONFIRMED", reason, until, audit.actorName(), now);
        repository.addExtension(confirmation);
        audit.success(RetentionAction.REPORT_PERSONAL_DATA_NECESSITY_CONFIRMED, reportId, REVIEW_PURPOSE + "; until " + until);
        return confirmation;
    }

    /** The extensions and confirmations of a report (centre staff; an authority for a report forwarded to it). */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY, Roles.LAW_ENFORCEMENT})
    public List<RetentionExtensionView> extensions(@NotNull ReportId report) {
        UUID reportId = report.value();
        if (repository.reportErased(reportId).isEmpty() || !mayAct(reportId)) {
            audit.refusal(RetentionAction.RETENTION_REPORT_READ, reportId, PURPOSE, AuditOutcome.NOT_FOUND);
            throw new UnknownObjectException(REPORT, reportId);
        }
        List<RetentionExtensionView> found = repository.extensions(REPORT, reportId.toString());
        audit.success(RetentionAction.RETENTION_REPORT_READ, reportId, PURPOSE);
        return found;
    }

    /** The report review: reports whose personal data are due now (the sweep anonymises them unless confirmed), oldest first. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public List<ReviewItem> reviewDue(int max) {
        RetentionRule rule = rules.rule(RetentionCategory.REPORT_PERSONAL_DATA);
        Instant now = clock.instant();
        List<ReviewItem> due = repository.reportsForReview(rule.cutoff(now), now, max).stream()
                .map(r -> new ReviewItem(new ReportId((UUID) r[0]), instant(r[1]), rule.dueAt(instant(r[1])))).toList();
        audit.success(RetentionAction.RETENTION_REPORT_READ, null, REVIEW_PURPOSE);
        return due;
    }

    /** A report due for the review: when it was opened and when its personal data became due. */
    public record ReviewItem(ReportId reportId, Instant openedAt, Instant dueAt) {
    }

    private boolean mayAct(UUID reportId) {
        if (caller.hasRole(Roles.CENTRE_ADMIN) || caller.hasRole(Roles.CENTRE_REVIEWER) || caller.hasRole(Roles.CENTRE_AUDITOR)) {
            return true;
        }
        List<String> recipients = repository.reportRecipients(reportId);
        return caller.memberStates().stream().anyMatch(ms -> recipients.contains(ms.name()));
    }

    private static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant()
                : value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
