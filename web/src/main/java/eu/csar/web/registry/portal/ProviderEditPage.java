package eu.csar.web.registry.portal;

import eu.csar.registry.application.ProviderRegistry;
import eu.csar.registry.domain.ProviderProfile;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.web.platform.portal.FeedbackBean;
import eu.csar.web.platform.portal.FormValidation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The provider form ({@code /portal/registry/provider-edit.xhtml}, {@code ?id=} to edit): registers
 * a provider or amends an entry, centre admins only (the service checks). One validation round: the
 * profile is checked with the service's own constraints before the service is called, and every
 * violation appears next to its field at once; a version conflict tells the user to reload. A
 * removed service row can be put back ("Undo"). After a successful save the browser goes to the
 * detail page (post-redirect-get).
 */
@Named
@ViewScoped
public class ProviderEditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "edit";

    /** Property paths of ProviderProfile to the ids of the fields that show them. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("legalName", "legalName"),
            Map.entry("serviceTypes", "serviceTypes"),
            Map.entry("services", "servicesPanel"),
            Map.entry("mainEstablishment", "mainEstablishment"),
            Map.entry("establishmentChosen", "mainEstablishment"),
            Map.entry("legalRepresentativeGivenWhenNotEstablished", "repName"),
            Map.entry("legalRepresentative", "repName"),
            Map.entry("legalRepresentative.name", "repName"),
            Map.entry("legalRepresentative.address", "repAddress"),
            Map.entry("legalRepresentative.email", "repEmail"),
            Map.entry("legalRepresentative.phone", "repPhone"),
            Map.entry("legalRepresentative.memberState", "repMemberState"),
            Map.entry("contactPoint", "contactEmail"),
            Map.entry("contactPoint.email", "contactEmail"),
            Map.entry("contactPoint.phone", "contactPhone"),
            Map.entry("contactPoint.languages", "contactLanguages"),
            Map.entry("signingPublicKey", "signingPublicKey"));
    private static final Pattern SERVICE_FIELD = Pattern.compile("services\\[(\\d+)]\\.?(\\w*).*");
    private static final Pattern LIST_ELEMENT = Pattern.compile("(.*)\\[\\d*]$");

    @Inject
    ProviderRegistry registry;

    @Inject
    FeedbackBean feedback;

    @Inject
    FormValidation validation;

    private String id;
    private ProviderId providerId;
    private boolean notFound;
    private ProviderFormModel form = new ProviderFormModel();
    /** The service row removed last and where it stood, until the user undoes that or removes another. */
    private OfferedServiceModel removed;
    private int removedAt;

    /** f:viewAction: an empty form to register, or the entry to amend. */
    public void load() {
        if (id == null || id.isBlank()) {
            return;
        }
        providerId = ProviderDetailPage.parse(id).orElse(null);
        if (providerId == null) {
            notFound = true;
            return;
        }
        try {
            form = ProviderFormModel.of(registry.open(providerId));
        } catch (UnknownObjectException e) {
            notFound = true;
            providerId = null;
        } catch (RuntimeException e) {
            notFound = true;
            providerId = null;
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    public String save() {
        ProviderProfile profile = form.toProfile();
        if (!validation.passes(ProviderEditPage::clientIdFor, form, profile)) {
            return null;
        }
        try {
            ProviderId saved;
            if (providerId == null) {
                saved = registry.register(profile).id();
                feedback.infoAfterRedirect("edit.created", form.getLegalName().trim());
            } else {
                registry.amend(providerId, form.getVersion(), profile);
                saved = providerId;
                feedback.infoAfterRedirect("edit.saved", form.getLegalName().trim());
            }
            return "/portal/registry/provider?faces-redirect=true&id=" + saved;
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e, ProviderEditPage::clientIdFor)) {
                throw e;
            }
            return null;
        }
    }

    /** Adds an empty row and puts the cursor in its first field. */
    public void addService() {
        form.addService();
        validation.focus(FORM + ":services:" + (form.getServices().size() - 1) + ":serviceName");
    }

    /** Removes a row, keeping it so that "Undo" can put it back with what was typed in it. */
    public void removeService(int index) {
        if (index >= 0 && index < form.getServices().size()) {
            removedAt = index;
            removed = form.getServices().get(index);
            form.removeService(index);
        }
    }

    public void undoRemoveService() {
        if (removed != null) {
            form.getServices().add(Math.min(removedAt, form.getServices().size()), removed);
            validation.focus(FORM + ":services:" + Math.min(removedAt, form.getServices().size() - 1) + ":serviceName");
            removed = null;
        }
    }

    /** The name of the service that "Undo" would restore, or null when there is nothing to undo. */
    public String getRemovedServiceName() {
        if (removed == null) {
            return null;
        }
        return removed.getName() == null || removed.getName().isBlank() ? "-" : removed.getName().trim();
    }

    /** e.g. {@code contactPoint.email} -> {@code edit:contactEmail}, {@code services[1].name} -> {@code edit:services:1:serviceName}. */
    static String clientIdFor(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        Matcher service = SERVICE_FIELD.matcher(path);
        if (service.matches()) {
            String field = service.group(2);
            return field.isEmpty() ? FORM + ":servicesPanel"
                    : FORM + ":services:" + service.group(1) + ":service" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        }
        Matcher element = LIST_ELEMENT.matcher(path);
        String key = element.matches() ? element.group(1) : path;
        String field = FIELDS.get(key);
        return field == null ? null : FORM + ":" + field;
    }

    public boolean isEditing() {
        return providerId != null;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public ProviderFormModel getForm() {
        return form;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
