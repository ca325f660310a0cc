package eu.csar.web.indicators.portal;

import eu.csar.shared.domain.MemberState;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The national decision that identified the material, as a form enters it for a submission or a bulk
 * import (the provenance link of Art 36): the Member State, the authority, its decision reference and
 * date. Both pages bind these fields as {@code #{page.decision.…}}.
 */
public class NationalDecision implements Serializable {

    private static final long serialVersionUID = 1L;

    private MemberState memberState;
    private String authority;
    private String reference;
    private LocalDate date;

    public MemberState getMemberState() {
        return memberState;
    }

    public void setMemberState(MemberState memberState) {
        this.memberState = memberState;
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
