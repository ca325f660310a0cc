package eu.csar.indicators.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.api.GrantAccess;
import eu.csar.indicators.api.GrantBasis;
import eu.csar.indicators.api.GrantId;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.domain.GrantAction;
import eu.csar.indicators.domain.GrantRepository;
import eu.csar.indicators.domain.IndicatorGrant;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.api.PublishedService;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Access under orders (Art 46): which provider may use which indicator set, when, on what legal
 * basis, for what purpose, by matching or also by downloading. No live grant, no access: the match
 * and distribution services ask {@link #liveSets} on every call, with the platform clock, so an
 * expired grant stops access at its end by itself.
 *
 * <p>Centre admins create, revoke and list grants. The orders context creates them
 * from an issued detection order through {@link #grantForDetectionOrder} and ends them through
 * {@link #endForDetectionOrder} ({@link PublishedService}).
 * A grant on a set covers its sub-sets by source. Every write and every list is audited, refusals too.
 */
@Stateless
@PublishedService
public class IndicatorGrants {

    /** The legal profile of detection orders (COM(2022) 209). */
    static final String ORDER_PROFILE = "COM-2022-209";

    @Inject
    GrantRepository grants;

    @Inject
    LegalProfiles profiles;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A centre admin's grant; the legal basis must be one the chosen profile allows. */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public GrantId create(@NotNull @Valid NewGrant grant) {
        checkBasis(grant.profile(), grant.basis());
        return add(grant.provider(), grant.set(), grant.validFrom(), grant.validUntil(), grant.basis(), grant.orderReference(),
                grant.purpose(), grant.access(), "profile " + grant.profile());
    }

    /**
     * For the orders context: the grant an issued detection order gives its addressee over the
     * order's period (legal basis DETECTION_ORDER under COM-2022-209, with the order's reference).
     */
    @RolesAllowed({Roles.SYSTEM, Roles.CENTRE_ADMIN})
    public GrantId grantForDetectionOrder(@NotNull ProviderId provider, @NotNull IndicatorSetId set, @NotNull Instant from,
                                          @NotNull Instant until, @NotBlank String orderReference, @NotNull GrantAccess access) {
        checkBasis(ORDER_PROFILE, GrantBasis.DETECTION_ORDER);
        return add(provider, set, from, until, GrantBasis.DETECTION_ORDER, orderReference,
                "detection order " + orderReference, access, "detection order");
    }

    /**
     * For the orders context: ends now the grants a detection order created, when the order is
     * revoked; a grant already revoked stays as it was. Returns how many were ended.
     */
    @RolesAllowed({Roles.SYSTEM, Roles.CENTRE_ADMIN})
    public int endForDetectionOrder(@NotNull List<GrantId> ids, @NotBlank String orderReference, @NotBlank String reason) {
        Instant now = clock.instant();
        int ended = 0;
        for (GrantId id : ids) {
            IndicatorGrant grant = grants.find(id).orElseThrow(() -> new UnknownObjectException("Indicator grant", id));
            if (grant.revokedAt().isEmpty()) {
                grant.revoke(now, cut("detection order " + orderReference + ": " + reason, 500));
                ended++;
                audit.success(GrantAction.INDICATOR_GRANT_REVOKED, id, cut("detection order " + orderReference + " revoked: " + reason, 500));
            }
        }
        grants.flush();
        return ended;
    }

    /** Ends a grant now (a revoked grant cannot be revoked again: 409). */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public GrantView revoke(@NotNull GrantId id, String reason) {
        IndicatorGrant grant = grants.find(id).orElseThrow(() -> {
            audit.refusal(GrantAction.INDICATOR_GRANT_REVOKED, id, "revoke grant", AuditOutcome.NOT_FOUND);
            return new UnknownObjectException("Indicator grant", id);
        });
        Instant now = clock.instant();
        try {
            grant.revoke(now, reason);
        } catch (RuleViolationException e) {
            audit.refusal(GrantAction.INDICATOR_GRANT_REVOKED, id, "revoke grant: already revoked", AuditOutcome.REFUSED);
            throw e;
        }
        grants.flush();
        audit.success(GrantAction.INDICATOR_GRANT_REVOKED, id, "revoke grant" + (reason == null || reason.isBlank() ? "" : ": " + cut(reason, 200)));
        return view(grant, now);
    }

    /** Grants by provider and set, newest first (audited: who may use which lists is sensitive). */
    @RolesAllowed(Roles.CENTRE_ADMIN)
    public List<GrantView> list(@NotNull GrantFilter filter) {
        Instant now = clock.instant();
        List<GrantView> out = grants.list(filter.provider() == null ? null : filter.provider().value(),
                filter.set() == null ? null : filter.set().value(), filter.boundedLimit()).stream().map(g -> view(g, now)).toList();
        audit.success(GrantAction.INDICATOR_GRANTS_READ, filter.provider(), "list grants" + (filter.set() == null ? "" : " of set " + filter.set()));
        return out;
    }

    /**
     * The grants of {@code provider} live now that allow {@code access} (asking for MATCH also
     * returns DOWNLOAD grants, which include matching). A provider only ever learns its own.
     */
    @RolesAllowed({Roles.PROVIDER, Roles.SYSTEM, Roles.CENTRE_ADMIN})
    public List<GrantView> liveGrants(@NotNull ProviderId provider, @NotNull GrantAccess access) {
        if (!mayAsk(provider)) {
            return List.of();
        }
        Instant now = clock.instant();
        return grants.live(provider, access, now).stream().map(g -> view(g, now)).toList();
    }

    /** The sets (with their sub-sets) {@code provider} may use now for {@code access}; empty without a live grant. */
    @RolesAllowed({Roles.PROVIDER, Roles.SYSTEM, Roles.CENTRE_ADMIN})
    public Set<IndicatorSetId> liveSets(@NotNull ProviderId provider, @NotNull GrantAccess access) {
        return live(provider, access).sets();
    }

    /**
     * The ids of the grants of {@code provider} live now for {@code access} and the sets they open
     * (sub-sets included), from one read of the grants: what each match call needs, without the
     * views (and their set-code look-ups) of {@link #liveGrants}.
     */
    @RolesAllowed({Roles.PROVIDER, Roles.SYSTEM, Roles.CENTRE_ADMIN})
    public LiveGrants live(@NotNull ProviderId provider, @NotNull GrantAccess access) {
        if (!mayAsk(provider)) {
            return new LiveGrants(List.of(), Set.of());
        }
        List<GrantId> ids = new ArrayList<>();
        Set<UUID> granted = new LinkedHashSet<>();
        for (IndicatorGrant g : grants.live(provider, access, clock.instant())) {
            ids.add(g.id());
            granted.add(g.setId().value());
        }
        Set<IndicatorSetId> out = new LinkedHashSet<>();
        grants.withSubSets(granted).forEach(id -> out.add(new IndicatorSetId(id)));
        return new LiveGrants(ids, out);
    }

    /** The indicator sets a grant may name (id and code), for the grants page and for the orders context's checks. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.SYSTEM})
    public java.util.Map<IndicatorSetId, String> sets() {
        java.util.Map<IndicatorSetId, String> out = new java.util.LinkedHashMap<>();
        grants.sets().forEach((id, code) -> out.put(new IndicatorSetId(id), code));
        return out;
    }

    /** A provider asks only about itself; the platform and centre admins about anyone. */
    private boolean mayAsk(ProviderId provider) {
        if (caller.hasRole(Roles.SYSTEM) || caller.hasRole(Roles.CENTRE_ADMIN)) {
            return true;
        }
        return caller.providerId().map(provider::equals).orElse(false);
    }

    private void checkBasis(String profile, GrantBasis basis) {
        List<String> allowed;
        try {
            allowed = profiles.list(profiles.current(profile), ProfileKey.DETECTION__LEGAL_BASES);
        } catch (UnknownObjectException e) {
            audit.refusal(GrantAction.INDICATOR_GRANT_CREATED, null, "grant under unknown profile " + cut(profile, 100), AuditOutcome.REFUSED);
            throw RuleViolationException.invalid("profile", "No legal profile " + profile);
        }
        if (!allowed.contains(basis.name())) {
            audit.refusal(GrantAction.INDICATOR_GRANT_CREATED, null, "legal basis " + basis + " not allowed by " + profile, AuditOutcome.REFUSED);
            throw RuleViolationException.invalid("basis",
                    "The legal profile " + profile + " allows only " + String.join(", ", allowed) + " as the legal basis");
        }
    }

    private GrantId add(ProviderId provider, IndicatorSetId set, Instant from, Instant until, GrantBasis basis,
                        String orderReference, String purpose, GrantAccess access, String how) {
        if (!grants.providerExists(provider)) {
            audit.refusal(GrantAction.INDICATOR_GRANT_CREATED, provider, "grant for unknown provider", AuditOutcome.NOT_FOUND);
            throw new UnknownObjectException("Provider", provider);
        }
        if (grants.setCode(set.value()).isEmpty()) {
            audit.refusal(GrantAction.INDICATOR_GRANT_CREATED, set, "grant of unknown set", AuditOutcome.NOT_FOUND);
            throw new UnknownObjectException("Indicator set", set);
        }
        IndicatorGrant grant;
        try {
            grant = new IndicatorGrant(provider, set, from, until, basis, orderReference, purpose, access, audit.actorName(), clock.instant());
        } catch (RuleViolationException e) {
            audit.refusal(GrantAction.INDICATOR_GRANT_CREATED, provider, "grant refused: " + cut(e.getMessage(), 200), AuditOutcome.REFUSED);
            throw e;
        }
        grants.add(grant);
        grants.flush();
        audit.success(GrantAction.INDICATOR_GRANT_CREATED, grant.id(), cut(how + ": provider " + provider + ", set " + set + ", "
                + access + ", " + basis + ", " + from + " to " + until, 500));
        return grant.id();
    }

    private GrantView view(IndicatorGrant g, Instant now) {
        return new GrantView(g.id(), g.providerId(), g.setId(), grants.setCode(g.setId().value()).orElse("?"), g.validFrom(),
                g.validUntil(), g.legalBasis(), g.orderReference().orElse(null), g.purpose(), g.access(), g.createdBy(),
                g.createdAt(), g.revokedAt().orElse(null), g.revokedReason().orElse(null), g.liveAt(now));
    }

    static String cut(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
    }
}
