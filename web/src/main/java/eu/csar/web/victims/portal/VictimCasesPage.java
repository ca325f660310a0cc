package eu.csar.web.victims.portal;

import eu.csar.security.api.Caller;
import eu.csar.shared.domain.MemberState;
import eu.csar.victims.api.VictimCaseId;
import eu.csar.victims.application.IssuedCode;
import eu.csar.victims.application.VictimCaseView;
import eu.csar.victims.application.VictimCases;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * A Coordinating Authority's victim cases ({@code /portal/victims/cases.xhtml}, Art 20-21): open a
 * case with a contact reference (never a name), see the access code once, issue a new code or revoke
 * it. Only the authority's own Member State's cases (the service checks it); an authority acting for
 * several Member States chooses the case's one on the opening form.
 */
@Named
@ViewScoped
public class VictimCasesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VictimCases victimCases;

    @Inject
    FeedbackBean feedback;

    @Inject
    Caller caller;

    private List<MemberState> memberStates = List.of();
    private MemberState memberState;
    private String contactReference;
    private IssuedCode issued;
    private List<VictimCaseView> cases = List.of();

    @PostConstruct
    void init() {
        memberStates = caller.memberStates().stream().sorted().toList();
    }

    public void load() {
        cases = victimCases.list();
    }

    public void open() {
        act(() -> {
            issued = victimCases.open(contactReference, isChoosingMemberState() ? memberState : null);
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

    public MemberState getMemberState() {
        return memberState;
    }

    public void setMemberState(MemberState memberState) {
        this.memberState = memberState;
    }

    /** The Member States the authority acts for, to choose from when there are several. */
    public List<MemberState> getMemberStates() {
        return memberStates;
    }

    public boolean isChoosingMemberState() {
        return memberStates.size() > 1;
    }

    public IssuedCode getIssued() {
        return issued;
    }

    public List<VictimCaseView> getCases() {
        return cases;
    }

    /** The withdrawn cases among those shown: the ones whose retention the page shows. */
    public List<VictimCaseId> getWithdrawnCaseIds() {
        return cases.stream().filter(c -> c.withdrawnAt() != null).map(VictimCaseView::id).toList();
    }
}
