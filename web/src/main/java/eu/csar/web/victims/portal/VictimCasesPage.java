package eu.csar.web.victims.portal;

import eu.csar.victims.api.VictimCaseId;
import eu.csar.victims.application.IssuedCode;
import eu.csar.victims.application.VictimCaseView;
import eu.csar.victims.application.VictimCases;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * A Coordinating Authority's victim cases ({@code /portal/victims/cases.xhtml}, Art 20-21): open a
 * case with a contact reference (never a name), see the access code once, issue a new code or revoke
 * it. Only the authority's own Member State's cases (the service checks it).
 */
@Named
@ViewScoped
public class VictimCasesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VictimCases victimCases;

    @Inject
    FeedbackBean feedback;

    private String contactReference;
    private IssuedCode issued;
    private List<VictimCaseView> cases = List.of();

    public void load() {
        cases = victimCases.list();
    }

    public void open() {
        act(() -> {
            issued = victimCases.open(contactReference, null);
            contactReference = null;
        });
    }

    public void newCode(VictimCaseId id) {
        act(() -> issued = victimCases.issueCode(id));
    }

    public void revoke(VictimCaseId id) {
        act(() -> {
            victimCases.revokeCode(id);
            issued = null;
            feedback.info("victims.ca.revoked");
        });
    }

    private void act(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
        load();
    }

    public String getContactReference() {
        return contactReference;
    }

    public void setContactReference(String contactReference) {
        this.contactReference = contactReference;
    }

    public IssuedCode getIssued() {
        return issued;
    }

    public List<VictimCaseView> getCases() {
        return cases;
    }
}
