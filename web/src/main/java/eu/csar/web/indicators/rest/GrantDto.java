package eu.csar.web.indicators.rest;

import eu.csar.indicators.api.GrantAccess;
import eu.csar.indicators.api.GrantBasis;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.application.GrantView;
import eu.csar.indicators.application.NewGrant;
import eu.csar.shared.domain.ProviderId;
import eu.csar.web.platform.rest.Inputs;

/** An indicator grant (Art 46) as centre admins send and read it. Times are ISO-8601 instants. */
public class GrantDto {

    public String id;
    public String providerId;
    public String setId;
    public String setCode;
    public String validFrom;
    public String validUntil;
    /** The legal profile whose {@code detection.legal-bases} the basis must be in: COM-2022-209 or COUNCIL-GA-2025. */
    public String profile;
    public String legalBasis;
    public String orderReference;
    public String purpose;
    public String access;
    public String createdBy;
    public String createdAt;
    public String revokedAt;
    public String revokedReason;
    public Boolean live;

    static GrantDto of(GrantView g) {
        GrantDto dto = new GrantDto();
        dto.id = g.id().toString();
        dto.providerId = g.provider().toString();
        dto.setId = g.set().toString();
        dto.setCode = g.setCode();
        dto.validFrom = g.validFrom().toString();
        dto.validUntil = g.validUntil().toString();
        dto.legalBasis = g.basis().name();
        dto.orderReference = g.orderReference();
        dto.purpose = g.purpose();
        dto.access = g.access().name();
        dto.createdBy = g.createdBy();
        dto.createdAt = g.createdAt().toString();
        dto.revokedAt = g.revokedAt() == null ? null : g.revokedAt().toString();
        dto.revokedReason = g.revokedReason();
        dto.live = g.live();
        return dto;
    }

    NewGrant toNewGrant() {
        if (validFrom == null) {
            throw Inputs.invalid("validFrom", "Give the start of the grant");
        }
        if (validUntil == null) {
            throw Inputs.invalid("validUntil", "Give the end of the grant");
        }
        return new NewGrant(new ProviderId(Inputs.uuid(providerId, "providerId")), new IndicatorSetId(Inputs.uuid(setId, "setId")),
                Inputs.instantOrNull(validFrom, "validFrom"), Inputs.instantOrNull(validUntil, "validUntil"),
                profile == null ? null : profile.strip(), Inputs.requiredEnum(GrantBasis.class, legalBasis, "legalBasis"),
                orderReference, purpose, Inputs.requiredEnum(GrantAccess.class, access, "access"));
    }
}
