package eu.csar.legal.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.DeadlineId;
import eu.csar.legal.api.DeadlinePlan;
import eu.csar.legal.api.DeadlineSubject;
import eu.csar.legal.api.DeadlineView;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.domain.Deadline;
import eu.csar.legal.domain.DeadlineAction;
import eu.csar.legal.domain.DeadlineRepository;
import eu.csar.security.api.Roles;
import eu.csar.shared.api.PublishedService;
import eu.csar.shared.domain.CleanText;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * The deadlines workflows keep: schedule one for a case (with the legal period from the case's
 * profile version), pause and resume it (force majeure), restart it (after clarification), extend,
 * escalate or cancel it, and list a case's deadlines. Firing is not done here but by the
 * {@link DeadlineSweep}, which tells the owning workflow through {@code DeadlineWasReached}.
 *
 * <p>Tenancy: a deadline belongs to a case of the calling workflow, which has checked that its caller
 * may act on that case before it calls this service; this service checks the caller's role and the
 * workflow's rules of the deadline itself. Every move is audited; a refused move is audited as refused.
 * Each move locks the deadline's row, so a move and the sweep never interleave on one deadline.
 */
@Stateless
@PublishedService
public class DeadlineService {

    private static final String PURPOSE = "deadline";

    @Inject
    DeadlineRepository deadlines;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY,
            Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.PROVIDER, Roles.SYSTEM})
    public DeadlineView schedule(@NotNull DeadlinePlan plan) {
        Deadline deadline = Deadline.schedule(plan, audit.actorName(), clock.instant());
        deadlines.add(deadline);
        deadlines.flush();
        audit.success(DeadlineAction.DEADLINE_SCHEDULED, deadline.id(),
                PURPOSE + " " + plan.kind() + " of " + plan.subject() + " under " + plan.profile() + ": " + plan.period());
        return deadline.view();
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY,
            Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.PROVIDER})
    public DeadlineView pause(@NotNull DeadlineId id, @NotNull @Size(min = 1, max = 500) @CleanText(multiLine = true) String reason) {
        return move(id, DeadlineAction.DEADLINE_PAUSED, d -> d.pause(audit.actorName(), reason, clock.instant()));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY,
            Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.PROVIDER})
    public DeadlineView resume(@NotNull DeadlineId id, @Size(max = 500) @CleanText(multiLine = true) String reason) {
        return move(id, DeadlineAction.DEADLINE_RESUMED, d -> d.resume(audit.actorName(), reason, clock.instant()));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY,
            Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.PROVIDER})
    public DeadlineView restart(@NotNull DeadlineId id, @NotNull @Size(min = 1, max = 500) @CleanText(multiLine = true) String reason) {
        return move(id, DeadlineAction.DEADLINE_RESTARTED, d -> d.restart(audit.actorName(), reason, clock.instant()));
    }

    /** Extends by {@code by} if fewer than {@code allowed} extensions (as the profile says) were granted. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY,
            Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.PROVIDER})
    public DeadlineView extend(@NotNull DeadlineId id, @NotNull LegalPeriod by, @Min(1) @Max(100) int allowed,
                               @Size(max = 500) @CleanText(multiLine = true) String reason) {
        return move(id, DeadlineAction.DEADLINE_EXTENDED, d -> d.extend(by, allowed, audit.actorName(), reason, clock.instant()));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY,
            Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.PROVIDER, Roles.SYSTEM})
    public DeadlineView cancel(@NotNull DeadlineId id, @Size(max = 500) @CleanText(multiLine = true) String reason) {
        return move(id, DeadlineAction.DEADLINE_CANCELLED, d -> d.cancel(audit.actorName(), reason, clock.instant()));
    }

    /** Hands an overdue (fired) deadline one level further up. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY})
    public DeadlineView escalate(@NotNull DeadlineId id, @Size(max = 500) @CleanText(multiLine = true) String reason) {
        return move(id, DeadlineAction.DEADLINE_ESCALATED, d -> d.escalate(audit.actorName(), reason, clock.instant()));
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY,
            Roles.ISSUING_AUTHORITY, Roles.LAW_ENFORCEMENT, Roles.EUROPOL, Roles.PROVIDER})
    public List<DeadlineView> forSubject(@NotNull DeadlineSubject subject) {
        audit.success(DeadlineAction.DEADLINE_LIST_READ, subject.id(), PURPOSE + "s of " + subject);
        return deadlines.forSubject(subject).stream().map(Deadline::view).toList();
    }

    private DeadlineView move(DeadlineId id, DeadlineAction action, Consumer<Deadline> change) {
        Deadline deadline = deadlines.findForUpdate(id).orElseThrow(() -> {
            audit.refusal(action, id, PURPOSE, AuditOutcome.NOT_FOUND);
            return new UnknownObjectException("Deadline", id);
        });
        try {
            change.accept(deadline);
        } catch (RuleViolationException refused) {
            audit.refusal(action, id, PURPOSE + " " + deadline.kind() + ": " + refused.getMessage(), AuditOutcome.REFUSED);
            throw refused;
        }
        deadlines.flush();
        audit.success(action, id, PURPOSE + " " + deadline.kind() + " of " + deadline.subject() + ", due " + deadline.dueAt());
        return deadline.view();
    }
}
