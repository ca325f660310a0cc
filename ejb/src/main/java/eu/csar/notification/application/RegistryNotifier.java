package eu.csar.notification.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.notification.api.InboxAddress;
import eu.csar.notification.domain.Notification;
import eu.csar.notification.domain.NotificationAction;
import eu.csar.notification.domain.NotificationKind;
import eu.csar.notification.domain.NotificationRepository;
import eu.csar.registry.api.ProviderContactChanged;
import eu.csar.registry.api.ProviderReference;
import eu.csar.registry.application.ProviderDirectory;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Tells the Coordinating Authorities competent for a provider (Art 26: that of establishment, else
 * of the legal representative, else every one) that it changed its point of contact, legal
 * representative or main establishment, and what changed. When the change moves the provider to
 * another jurisdiction, the authority that loses it is told it left, and the one that gains it
 * that it entered. Runs as the platform, from a message consumer; learns the provider's name from
 * the registry's published {@link ProviderDirectory}; delivering the same message twice puts
 * nothing twice in an inbox.
 */
@Stateless
public class RegistryNotifier {

    private static final Logger LOG = Logger.getLogger(RegistryNotifier.class.getName());
    private static final String PROVIDER = "Provider";

    @Inject
    ProviderDirectory directory;

    @Inject
    NotificationRepository notifications;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    @RolesAllowed(Roles.SYSTEM)
    public int deliver(@NotNull ProviderContactChanged change, @NotBlank String messageId) {
        ProviderId providerId = change.providerId();
        ProviderReference provider = directory.find(providerId).orElse(null);
        if (provider == null) {
            LOG.warning(() -> "Registry change " + messageId + " names unknown provider " + providerId + "; nothing to notify");
            return 0;
        }
        Notification.Subject subject = new Notification.Subject(PROVIDER, providerId.value(), provider.legalName());
        Notification.Change what = new Notification.Change(change.changes().stream().map(Enum::name).toList(),
                change.competentBefore(), change.competentAfter());
        Instant now = clock.instant();
        int delivered = 0;
        for (MemberState authority : toldAuthorities(change)) {
            if (!notifications.alreadyDelivered(messageId, InboxAddress.of(authority))) {
                NotificationKind kind = NotificationKind.forAuthority(change.competentBefore().contains(authority),
                        change.competentAfter().contains(authority));
                notifications.add(new Notification(InboxAddress.of(authority), kind, subject, what, now, messageId));
                delivered++;
            }
        }
        audit.success(NotificationAction.NOTIFICATION_DELIVERED, providerId, "inform competent authorities of " + change.changes());
        return delivered;
    }

    /** Every authority competent before or after the change. */
    private static Set<MemberState> toldAuthorities(ProviderContactChanged change) {
        Set<MemberState> told = EnumSet.copyOf(change.competentBefore());
        told.addAll(change.competentAfter());
        return told;
    }
}
