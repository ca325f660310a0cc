package eu.csar.web.registry.portal;

import eu.csar.registry.application.ProviderEntry;
import eu.csar.registry.application.ProviderRegistry;
import eu.csar.registry.domain.ProviderEvent;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.web.platform.portal.FeedbackBean;
import eu.csar.web.platform.portal.PortalUserBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/**
 * A provider's entry ({@code /portal/registry/provider.xhtml?id=}): every field, the derived
 * competent authority and the status history; for centre admins also edit and the status actions
 * the provider's workflow allows now (suspend with a reason, reinstate). An id that does not exist,
 * is malformed or lies outside the caller's jurisdiction gives the same "not found" message, as the
 * service answers. Holds the id and a detached {@link ProviderEntry}, never an entity.
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
    private ProviderEntry provider;
    private String suspendReason;

    /** f:viewAction */
    public void load() {
        provider = null;
        Optional<ProviderId> providerId = parse(id);
        if (providerId.isEmpty()) {
            return;
        }
        try {
            provider = registry.open(providerId.get());
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
            provider = registry.suspend(provider.id(), suspendReason);
            suspendReason = null;
            feedback.info("provider.suspended");
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, path -> path.startsWith("reason") || path.isEmpty() ? "suspend:reason" : null)) {
                throw e;
            }
        }
    }

    public void reinstate() {
        try {
            provider = registry.reinstate(provider.id());
            feedback.info("provider.reinstated");
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    /** The id of a page parameter; empty for anything that is not a UUID. */
    static Optional<ProviderId> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProviderId(UUID.fromString(value.trim())));
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
        return isEditable() && provider.permits(ProviderEvent.SUSPEND);
    }

    public boolean isReinstatable() {
        return isEditable() && provider.permits(ProviderEvent.REINSTATE);
    }

    public ProviderEntry getProvider() {
        return provider;
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
