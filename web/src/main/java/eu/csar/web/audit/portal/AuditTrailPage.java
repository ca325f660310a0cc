package eu.csar.web.audit.portal;

import eu.csar.audit.application.AuditTrail;
import eu.csar.audit.domain.ChainVerification;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;

/**
 * The audit trail screen ({@code /portal/audit/trail.xhtml}, centre auditors): the filtered trail,
 * and the chain verification, whose verdict (intact, or the first broken entry and why) stays on
 * the page until the next verification.
 */
@Named
@ViewScoped
public class AuditTrailPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE_ID = ":audit:table";

    @Inject
    AuditTrail trail;

    @Inject
    FeedbackBean feedback;

    private AuditLazyModel model;
    private ChainVerification verification;

    @PostConstruct
    void init() {
        model = new AuditLazyModel(trail);
    }

    public void search() {
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
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE_ID);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public AuditLazyModel getModel() {
        return model;
    }

    public ChainVerification getVerification() {
        return verification;
    }
}
