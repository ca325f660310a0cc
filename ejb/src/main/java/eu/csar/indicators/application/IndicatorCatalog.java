package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorKind;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Reading the indicator database: the sets with counts by state, one indicator's detail, search by
 * hash (PDQ within a radius, with distances) or by URL. Centre staff see every indicator; a
 * Coordinating Authority only those with a provenance link from its own Member State's
 * submissions; anything else answers as unknown (404), recorded as a refusal.
 */
@Stateless
public class IndicatorCatalog {

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY})
    public List<SetOverview> sets() {
        throw new UnsupportedOperationException("not yet");
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY})
    public IndicatorDetail detail(@NotNull IndicatorId id) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Exact for MD5, SHA256 (and URL); for PDQ every indicator within {@code radius} bits, nearest first. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY})
    public List<IndicatorSummary> searchByHash(@NotNull IndicatorKind kind, @NotBlank @Size(max = 2048) String value,
                                               @Min(0) @Max(128) int radius) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The URL indicators equal to the normalised URL, or starting with it. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY})
    public List<IndicatorSummary> searchByUrl(@NotBlank @Size(max = 2048) String urlPrefixOrExact) {
        throw new UnsupportedOperationException("not yet");
    }
}
