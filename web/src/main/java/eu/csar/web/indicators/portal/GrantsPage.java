package eu.csar.web.indicators.portal;

import eu.csar.indicators.api.GrantAccess;
import eu.csar.indicators.api.GrantBasis;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.application.GrantFilter;
import eu.csar.indicators.application.GrantView;
import eu.csar.indicators.application.IndicatorGrants;
import eu.csar.indicators.application.NewGrant;
import eu.csar.shared.domain.ProviderId;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grants page ({@code /portal/indicators/grants.xhtml}, centre admins): every grant with its
 * period and whether it is live now, a form to grant a provider access to a set, and revocation.
 * The service checks the legal basis against the chosen legal profile and audits every step.
 */
@Named
@ViewScoped
public class GrantsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IndicatorGrants grants;

    @Inject
    FeedbackBean feedback;

    private List<GrantView> rows = List.of();
    private LinkedHashMap<String, String> sets = new LinkedHashMap<>();

    private String providerId;
    private String setId;
    private String validFrom;
    private String validUntil;
    private String profile = "COM-2022-209";
    private GrantBasis basis = GrantBasis.DETECTION_ORDER;
    private String orderReference;
    private String purpose;
    private GrantAccess access = GrantAccess.MATCH;

    /** f:viewAction. */
    public void load() {
        try {
            rows = grants.list(GrantFilter.all());
            LinkedHashMap<String, String> choices = new LinkedHashMap<>();
            grants.sets().forEach((id, code) -> choices.put(code, id.toString()));
            sets = choices;
        } catch (RuntimeException e) {
            rows = List.of();
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    public void create() {
        try {
            grants.create(new NewGrant(new ProviderId(java.util.UUID.fromString(providerId.strip())),
                    new IndicatorSetId(java.util.UUID.fromString(setId)), Instant.parse(validFrom.strip()), Instant.parse(validUntil.strip()),
                    profile, basis, orderReference, purpose, access));
            feedback.info("ind.match.grants.created");
            providerId = null;
            orderReference = null;
            purpose = null;
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            feedback.error("error.rule", String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
        load();
    }

    public void revoke(GrantView grant) {
        try {
            grants.revoke(grant.id(), null);
            feedback.info("ind.match.grants.revokedDone");
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
        load();
    }

    /** live, revoked or ended, for the row's label. */
    public String status(GrantView grant) {
        if (grant.revokedAt() != null) {
            return "revoked";
        }
        return grant.live() ? "live" : "expired";
    }

    public List<GrantView> getRows() {
        return rows;
    }

    public Map<String, String> getSets() {
        return sets;
    }

    public GrantBasis[] getBases() {
        return GrantBasis.values();
    }

    public GrantAccess[] getAccesses() {
        return GrantAccess.values();
    }

    public List<String> getProfiles() {
        return List.of("COM-2022-209", "COUNCIL-GA-2025");
    }

    public String getProviderId() {
        return providerId;
    }

    public void setProviderId(String providerId) {
        this.providerId = providerId;
    }

    public String getSetId() {
        return setId;
    }

    public void setSetId(String setId) {
        this.setId = setId;
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String validFrom) {
        this.validFrom = validFrom;
    }

    public String getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(String validUntil) {
        this.validUntil = validUntil;
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public GrantBasis getBasis() {
        return basis;
    }

    public void setBasis(GrantBasis basis) {
        this.basis = basis;
    }

    public String getOrderReference() {
        return orderReference;
    }

    public void setOrderReference(String orderReference) {
        this.orderReference = orderReference;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public GrantAccess getAccess() {
        return access;
    }

    public void setAccess(GrantAccess access) {
        this.access = access;
    }
}
