package eu.csar.orders.application;

import eu.csar.indicators.api.GrantAccess;
import eu.csar.indicators.api.GrantId;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.application.IndicatorGrants;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.ProviderId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where detection orders meet the indicators context's grants (Art 46): which of the sets a draft
 * names exist and their codes, the grants an issued order creates for its addressee over the order's period (one per
 * set, matching), and their end when the order is revoked. The grants service is the platform's
 * ({@link IndicatorGrants#grantForDetectionOrder}, {@link IndicatorGrants#endForDetectionOrder}), so
 * this bean calls it as the platform ({@code system}) on behalf of the authority whose act it follows.
 * An expired order needs nothing here: its grants end at the order's end by themselves.
 */
@Stateless
@RunAs(Roles.SYSTEM)
public class DetectionOrderGrants {

    @Inject
    IndicatorGrants grants;

    /** The sets among {@code sets} that do not exist. */
    @RolesAllowed({Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY})
    public Set<IndicatorSetId> unknownSets(@NotNull Set<IndicatorSetId> sets) {
        Set<IndicatorSetId> known = grants.sets().keySet();
        Set<IndicatorSetId> unknown = new LinkedHashSet<>(sets);
        unknown.removeAll(known);
        return unknown;
    }

    /** The indicator sets a request or a modification may name: id and code, in the catalogue's order. */
    @RolesAllowed({Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY})
    public Map<IndicatorSetId, String> sets() {
        return grants.sets();
    }

    /** The codes of those of {@code sets} the catalogue holds, in the order given: what an order's readers see. */
    @RolesAllowed({Roles.COORDINATING_AUTHORITY, Roles.ISSUING_AUTHORITY, Roles.PROVIDER, Roles.CENTRE_ADMIN,
            Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public Map<IndicatorSetId, String> codes(@NotNull Collection<IndicatorSetId> sets) {
        Map<IndicatorSetId, String> all = grants.sets();
        Map<IndicatorSetId, String> codes = new LinkedHashMap<>();
        for (IndicatorSetId set : sets) {
            String code = all.get(set);
            if (code != null) {
                codes.put(set, code);
            }
        }
        return codes;
    }

    /**
     * One MATCH grant per set for {@code provider} from {@code from} to {@code until}, on the order's
     * legal basis: when the issuing authority issues the order, and when the Coordinating Authority's
     * clarification after an Annex II pause moved its end.
     */
    @RolesAllowed({Roles.ISSUING_AUTHORITY, Roles.COORDINATING_AUTHORITY})
    public List<GrantId> grant(@NotNull ProviderId provider, @NotNull Set<IndicatorSetId> sets, @NotNull Instant from,
                               @NotNull Instant until, @NotBlank String orderReference) {
        List<GrantId> created = new ArrayList<>();
        for (IndicatorSetId set : sets) {
            created.add(grants.grantForDetectionOrder(provider, set, from, until, orderReference, GrantAccess.MATCH));
        }
        return created;
    }

    /** Ends the grants of a revoked order now, or those a clarification renews. */
    @RolesAllowed({Roles.ISSUING_AUTHORITY, Roles.COORDINATING_AUTHORITY})
    public int end(@NotNull List<GrantId> created, @NotBlank String orderReference, @NotBlank String reason) {
        return created.isEmpty() ? 0 : grants.endForDetectionOrder(created, orderReference, reason);
    }
}
