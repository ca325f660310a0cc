package eu.csar.web.audit.portal;

import eu.csar.audit.application.AuditTrail;
import eu.csar.audit.domain.ChainVerification;
import eu.csar.registry.application.ProviderDirectory;
import eu.csar.web.platform.portal.FeedbackBean;
import eu.csar.web.platform.portal.OneCallPerPageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;

/**
 * The audit trail screen ({@code /portal/audit/trail.xhtml}, centre auditors): the filtered trail,
 * and the chain verification, whose verdict (intact, or the first broken entry and why) stays on
 * the page until the next verification. A search runs only on filters that make sense: a date that
 * cannot be read is refused at its field by the date picker's converter, and a "to" before "from"
 * here, in both cases without searching (the table is redrawn only after a search).
 */
@Named
@ViewScoped
public class AuditTrailPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE_ID = ":audit:table";
    static final String TO_FIELD = "audit:to";

    @Inject
    AuditTrail trail;

    @Inject
    ProviderDirectory directory;

    @Inject
    FeedbackBean feedback;

    private AuditLazyModel model;
    private ChainVerification verification;

    @PostConstruct
    void init() {
        model = new AuditLazyModel(trail, directory);
    }

    public void search() {
        if (model.getFrom() != null && model.getTo() != null && model.getTo().isBefore(model.getFrom())) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(TO_FIELD, new FacesMessage(FacesMessage.SEVERITY_ERROR, feedback.text("audit.filter.toBeforeFrom"), null));
            faces.validationFailed();
            return;
        }
        firstPage();
    }

    public void reset() {
        model.clearFilters();
        firstPage();
    }

    public void verify() {
        try {
            verification = trail.verify();
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    private void firstPage() {
        OneCallPerPageModel.firstPage(TABLE_ID);
        PrimeFaces.current().ajax().update(TABLE_ID.substring(1));
    }

    public AuditLazyModel getModel() {
        return model;
    }

    public ChainVerification getVerification() {
        return verification;
    }
}
