package eu.csar.notification.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.notification.api.InboxAddress;
import eu.csar.notification.api.NoticeSubject;
import eu.csar.notification.domain.Notification;
import eu.csar.notification.domain.NotificationAction;
import eu.csar.notification.domain.NotificationKind;
import eu.csar.notification.domain.NotificationRepository;
import eu.csar.shared.api.PublishedService;
import eu.csar.shared.domain.MemberState;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Puts notices from other contexts' workflows into the authorities' and providers' inboxes, in the caller's
 * transaction (so a notice exists exactly when the step that caused it does): a deadline is near or passed,
 * a complaint was passed on, a removal order escalated. Each notice names its source (e.g. the
 * deadline and the occasion); the same source puts nothing twice into one inbox, so a step the
 * deadline sweep repeats after a rollback does not duplicate it. Delivery is audited.
 *
 * <p>Who may call: only other services, inside their transaction ({@code MANDATORY}); no REST, SOAP
 * or page reaches this class. The callers have checked their own caller already, and the deadline
 * sweep's timer runs with no caller at all, so the methods permit every caller.
 */
@Stateless
@PublishedService
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Notices {

    private static final String PURPOSE = "notify an inbox";

    @Inject
    NotificationRepository notifications;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    /** Reminds {@code to} that the deadline {@code deadlineKind} about {@code about} falls due at {@code due}. */
    @PermitAll
    public boolean remind(@NotNull InboxAddress to, @NotNull NoticeSubject about, @NotBlank String deadlineKind,
                          @NotNull Instant due, @NotBlank String sourceId) {
        return deliver(to, NotificationKind.DEADLINE_REMINDER, about, List.of(deadlineKind), due, sourceId);
    }

    /** Tells {@code to} that the deadline {@code deadlineKind} about {@code about} passed at {@code due} without the step it awaited. */
    @PermitAll
    public boolean overdue(@NotNull InboxAddress to, @NotNull NoticeSubject about, @NotBlank String deadlineKind,
                           @NotNull Instant due, @NotBlank String sourceId) {
        return deliver(to, NotificationKind.DEADLINE_PASSED, about, List.of(deadlineKind), due, sourceId);
    }

    /** Tells the Coordinating Authority of establishment that {@code from} passed a complaint about its order on to it. */
    @PermitAll
    public boolean complaintPassedOn(@NotNull MemberState to, @NotNull NoticeSubject complaint, @NotNull MemberState from,
                                     @NotBlank String sourceId) {
        return deliver(InboxAddress.of(to), NotificationKind.COMPLAINT_PASSED_ON, complaint, List.of(from.name()), null,
                sourceId);
    }

    /** Tells the Coordinating Authority of the issuing Member State that a removal order was not acknowledged by {@code due}. */
    @PermitAll
    public boolean removalOrderEscalated(@NotNull MemberState to, @NotNull NoticeSubject order, @NotNull Instant due,
                                         @NotBlank String sourceId) {
        return deliver(InboxAddress.of(to), NotificationKind.REMOVAL_ORDER_ESCALATED, order, List.of(), due, sourceId);
    }

    /** Tells the Coordinating Authority of a victim case that the survivor asked for help with removal (Art 21). */
    @PermitAll
    public boolean victimAskedForRemovalHelp(@NotNull MemberState to, @NotNull NoticeSubject victimCase,
                                             @NotBlank String sourceId) {
        return deliver(InboxAddress.of(to), NotificationKind.VICTIM_REMOVAL_HELP_REQUESTED, victimCase, List.of(), null,
                sourceId);
    }

    /**
     * Tells the EU Centre's operators that {@code count} deliveries of forwarded reports to {@code recipient}
     * (urgent ones or not) have waited longer than their alarm allows, the oldest since {@code oldestSince}.
     */
    @PermitAll
    public boolean deliveriesWaiting(@NotNull NoticeSubject deliveries, @NotBlank String recipient, @Positive int count,
                                     boolean urgent, @NotNull Instant oldestSince, @NotBlank String sourceId) {
        return deliver(InboxAddress.EU_CENTRE_OPERATIONS, NotificationKind.DELIVERIES_WAITING, deliveries,
                List.of(recipient, Integer.toString(count), urgent ? "URGENT" : "NORMAL"), oldestSince, sourceId);
    }

    private boolean deliver(InboxAddress to, NotificationKind kind, NoticeSubject about, List<String> codes, Instant due,
                            String sourceId) {
        if (notifications.alreadyDelivered(sourceId, to)) {
            return false;
        }
        Notification notice = Notification.notice(to, kind, about, codes, due, clock.instant(), sourceId);
        notifications.add(notice);
        audit.success(NotificationAction.NOTICE_DELIVERED, notice.id(), PURPOSE + "; " + kind + " about " + about.type()
                + " " + about.id() + " to " + to);
        return true;
    }
}
