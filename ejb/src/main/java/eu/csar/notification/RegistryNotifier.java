package eu.csar.notification;

import eu.csar.audit.AuditRecorder;
import eu.csar.registry.Provider;
import eu.csar.registry.ProviderRepository;
import eu.csar.registry.api.ProviderContactChanged;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Tells the competent Coordinating Authority (Art 25-26: that of establishment, else of the legal
 * representative, else every one) that a provider under its jurisdiction changed its point of
 * contact or legal representative. Runs as the platform, from a message consumer; delivering the
 * same message twice puts nothing twice in an inbox.
 */
@Stateless
public class RegistryNotifier {

    private static final Logger LOG = Logger.getLogger(RegistryNotifier.class.getName());

    @Inject
    ProviderRepository providers;

    @Inject
    NotificationRepository notifications;

    @Inject
    AuditRecorder audit;

    @Inject
    Clock clock;

    @RolesAllowed(Roles.SYSTEM)
    public int deliver(@NotNull UUID providerId, @NotNull ProviderContactChanged.What what, @NotBlank String messageId) {
        Provider provider = providers.find(providerId).orElse(null);
        if (provider == null) {
            LOG.warning(() -> "Registry change " + messageId + " names unknown provider " + providerId + "; nothing to notify");
            return 0;
        }
        NotificationKind kind = what == ProviderContactChanged.What.CONTACT_POINT
                ? NotificationKind.PROVIDER_CONTACT_POINT_CHANGED
                : NotificationKind.PROVIDER_LEGAL_REPRESENTATIVE_CHANGED;
        int delivered = 0;
        for (var authority : provider.jurisdiction()) {
            if (!notifications.alreadyDelivered(messageId, authority)) {
                notifications.add(new Notification(authority, kind, "Provider", providerId, provider.legalName(),
                        clock.instant(), messageId));
                delivered++;
            }
        }
        audit.success("NOTIFICATION_DELIVERED", "Provider", providerId, "inform competent authority of " + what);
        return delivered;
    }
}
