package eu.csar.notification.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.notification.api.InboxAddress;
import eu.csar.notification.api.NotificationId;
import eu.csar.notification.domain.Notification;
import eu.csar.notification.domain.NotificationAction;
import eu.csar.notification.domain.NotificationRepository;
import eu.csar.registry.application.ProviderDirectory;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The inbox of the caller's authority or provider: a Coordinating Authority's user reads its own
 * Member States' notifications, the EU Centre's reviewers and administrators the Centre's, a
 * provider's staff and API clients (role {@code provider}, token claim {@code provider_id}) their
 * own provider's and nothing else (another provider's notification is unknown to them: 404). A
 * notification is read once for the whole authority or provider, by the first of its users who
 * marks it, and says by whom. Listing
 * the inbox and marking notifications read are audited; the unread count in the menu reveals no
 * content and is not. A notification whose provider has left the authority's jurisdiction stays
 * listed, as no longer openable; one about an order or a complaint is about an object its
 * authority is entitled to (the order's page still decides).
 */
@Stateless
public class AuthorityInbox {

    private static final int INBOX_SIZE = 200;
    private static final String PURPOSE = "inbox";
    private static final String PROVIDER = "Provider";

    @Inject
    NotificationRepository notifications;

    @Inject
    ProviderDirectory directory;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.COORDINATING_AUTHORITY, Roles.CENTRE_REVIEWER, Roles.CENTRE_ADMIN, Roles.PROVIDER})
    public List<InboxItem> inbox() {
        List<Notification> items = notifications.inbox(addresses(), INBOX_SIZE);
        Set<ProviderId> providers = items.stream().filter(n -> PROVIDER.equals(n.subjectType()))
                .map(n -> new ProviderId(n.subjectId())).collect(Collectors.toSet());
        Set<ProviderId> openable = providers.isEmpty() ? Set.of() : directory.openableAmong(providers);
        audit.success(NotificationAction.INBOX_READ, inboxName(), PURPOSE);
        return items.stream().map(n -> InboxItem.of(n, !PROVIDER.equals(n.subjectType())
                || openable.contains(new ProviderId(n.subjectId())))).toList();
    }

    /** How many of the inbox's notifications nobody of the authority has marked read yet. */
    @RolesAllowed({Roles.COORDINATING_AUTHORITY, Roles.CENTRE_REVIEWER, Roles.CENTRE_ADMIN, Roles.PROVIDER})
    public long unreadCount() {
        return notifications.countUnread(addresses());
    }

    @RolesAllowed({Roles.COORDINATING_AUTHORITY, Roles.CENTRE_REVIEWER, Roles.CENTRE_ADMIN, Roles.PROVIDER})
    public void markRead(@NotNull NotificationId id) {
        Notification notification = notifications.find(id)
                .filter(n -> addresses().contains(n.recipient()))
                .orElseThrow(() -> {
                    audit.refusal(NotificationAction.NOTIFICATION_MARKED_READ, id, PURPOSE, AuditOutcome.NOT_FOUND);
                    return new UnknownObjectException("Notification", id);
                });
        notification.markRead(caller.name(), clock.instant());
        audit.success(NotificationAction.NOTIFICATION_MARKED_READ, id, PURPOSE);
    }

    /** Marks every unread notification of the inbox read by the caller; returns how many. */
    @RolesAllowed({Roles.COORDINATING_AUTHORITY, Roles.CENTRE_REVIEWER, Roles.CENTRE_ADMIN, Roles.PROVIDER})
    public int markAllRead() {
        int marked = notifications.markAllRead(addresses(), caller.name(), clock.instant());
        audit.success(NotificationAction.NOTIFICATIONS_MARKED_READ, inboxName(), PURPOSE);
        return marked;
    }

    /**
     * The inboxes the caller reads: its Member States' authorities', the EU Centre's for its staff (and the
     * operators' for its administrators), and its own provider's for a provider's staff or client (none for a provider caller without a provider id).
     */
    private Set<InboxAddress> addresses() {
        return addressesOf(caller);
    }

    static Set<InboxAddress> addressesOf(Caller caller) {
        Set<InboxAddress> addresses = new HashSet<>();
        if (caller.hasRole(Roles.COORDINATING_AUTHORITY)) {
            caller.memberStates().stream().map(InboxAddress::of).forEach(addresses::add);
        }
        if (caller.hasRole(Roles.CENTRE_REVIEWER) || caller.hasRole(Roles.CENTRE_ADMIN)) {
            addresses.add(InboxAddress.EU_CENTRE);
        }
        if (caller.hasRole(Roles.CENTRE_ADMIN)) {
            addresses.add(InboxAddress.EU_CENTRE_OPERATIONS);
        }
        if (caller.hasRole(Roles.PROVIDER)) {
            caller.providerId().map(InboxAddress::ofProvider).ifPresent(addresses::add);
        }
        return addresses;
    }

    /** The inbox as the audit trail names it: its addresses, e.g. "DE,NL", "EU_CENTRE" or "PROVIDER:<id>". */
    private String inboxName() {
        return addresses().stream().map(InboxAddress::code).sorted().collect(Collectors.joining(","));
    }
}
