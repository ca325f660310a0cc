package eu.csar.notification.application;

import eu.csar.audit.application.AuditRecorder;
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
import java.util.logging.Logger;

/**
 * Tells the competent Coordinating Authority (Art 26: that of establishment, else of the legal
 * representative, else every one) that a provider under its jurisdiction changed its point of
 * contact or legal representative. Runs as the platform, from a message consumer; learns the
 * provider's name and jurisdiction from the registry's published {@link ProviderDirectory};
 * delivering the same message twice puts nothing twice in an inbox.
 */
@Stateless
public class RegistryNotifier {

    private static final Logger LOG = Logger.getLogger(RegistryNotifier.class.getName());

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
        NotificationKind kind = change.what() == ProviderContactChanged.What.CONTACT_POINT
                ? NotificationKind.PROVIDER_CONTACT_POINT_CHANGED
                : NotificationKind.PROVIDER_LEGAL_REPRESENTATIVE_CHANGED;
        int delivered = 0;
        for (MemberState authority : provider.jurisdiction().memberStates()) {
            if (!notifications.alreadyDelivered(messageId, authority)) {
                notifications.add(new Notification(authority, kind, "Provider", providerId.value(), provider.legalName(),
                        clock.instant(), messageId));
                delivered++;
            }
        }
        audit.success(NotificationAction.NOTIFICATION_DELIVERED, providerId, "inform competent authority of " + change.what());
        return delivered;
    }
}
