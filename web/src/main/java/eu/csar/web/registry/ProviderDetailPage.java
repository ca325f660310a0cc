package eu.csar.web.registry;

import eu.csar.registry.LegalRepresentative;
import eu.csar.registry.Provider;
import eu.csar.registry.ProviderRegistry;
import eu.csar.registry.ProviderStatus;
import eu.csar.security.api.UnknownObjectException;
import eu.csar.shared.MemberState;
import eu.csar.web.portal.FeedbackBean;
import eu.csar.web.portal.PortalUserBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/**
 * A provider's entry ({@code /portal/registry/provider.xhtml?id=}): every field and the derived
 * competent authority; for centre admins also edit, suspend (with a reason) and reinstate. An id
 * that does not exist, is malformed or lies outside the caller's jurisdiction gives the same
 * "not found" message, as the service answers.
 */
@Named
@ViewScoped
public class ProviderDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProviderRegistry registry;

    @Inject
    FeedbackBean feedback;

    @Inject
    PortalUserBean user;

    private String id;
    private Provider provider;
    private String suspendReason;

    /** f:viewAction */
    public void load() {
        provider = null;
        Optional<UUID> uuid = parse(id);
        if (uuid.isEmpty()) {
            return;
        }
        try {
            provider = registry.open(uuid.get());
        } catch (UnknownObjectException e) {
            // the page says "not found" itself, the same for a wrong id and another jurisdiction's id
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    public void suspend() {
        try {
            registry.suspend(provider.id(), suspendReason);
            suspendReason = null;
            feedback.info("provider.suspended");
            load();
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, path -> path.startsWith("reason") || path.isEmpty() ? "suspend:reason" : null)) {
                throw e;
            }
        }
    }

    public void reinstate() {
        try {
            registry.reinstate(provider.id());
            feedback.info("provider.reinstated");
            load();
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    static Optional<UUID> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean isFound() {
        return provider != null;
    }

    public boolean isEditable() {
        return provider != null && user.isCentreAdmin();
    }

    public boolean isSuspendable() {
        return isEditable() && provider.status() == ProviderStatus.ACTIVE;
    }

    public boolean isReinstatable() {
        return isEditable() && provider.status() == ProviderStatus.SUSPENDED;
    }

    public Provider getProvider() {
        return provider;
    }

    public MemberState getEstablishment() {
        return provider == null ? null : provider.mainEstablishment().orElse(null);
    }

    public LegalRepresentative getRepresentative() {
        return provider == null ? null : provider.legalRepresentative().orElse(null);
    }

    public String getStatusReason() {
        return provider == null ? null : provider.statusReason().orElse(null);
    }

    public String getSigningKey() {
        return provider == null ? null : provider.signingPublicKey().orElse(null);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSuspendReason() {
        return suspendReason;
    }

    public void setSuspendReason(String suspendReason) {
        this.suspendReason = suspendReason;
    }
}
