package eu.csar.indicators.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.api.GrantAccess;
import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.domain.MatchAction;
import eu.csar.indicators.domain.MatchRecordRepository;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.api.PublishedService;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The accuracy loop's false-positive flags: a provider says a match was wrong, for an indicator it
 * could match under a live grant (else 404, as if the indicator did not exist); reviewers see the
 * open flags in their queue ({@link #open}, for the screens). A flag closes when its indicator is
 * confirmed or retired, never by hand ({@link IndicatorMoves#resolveFlags}); the screens list the
 * recently resolved ones ({@link #recentlyResolved}).
 */
@Stateless
@PublishedService
public class IndicatorFlags {

    @Inject
    MatchRecordRepository records;

    @Inject
    IndicatorGrants grants;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @RolesAllowed(Roles.PROVIDER)
    public FlagView flag(@NotNull IndicatorId indicator, @Size(max = 500) String reason) {
        Optional<ProviderId> provider = caller.providerId();
        Optional<UUID> set = records.setOf(indicator);
        Set<IndicatorSetId> allowed = provider.map(p -> grants.liveSets(p, GrantAccess.MATCH)).orElse(Set.of());
        if (provider.isEmpty() || set.isEmpty() || !allowed.contains(new IndicatorSetId(set.get()))) {
            audit.refusal(MatchAction.INDICATOR_FLAGGED_FALSE_POSITIVE, indicator, "false-positive flag", AuditOutcome.NOT_FOUND);
            throw new UnknownObjectException("Indicator", indicator);
        }
        String by = audit.actorName();
        var at = clock.instant();
        UUID id = records.flag(indicator, provider.get(), reason, by, at);
        audit.success(MatchAction.INDICATOR_FLAGGED_FALSE_POSITIVE, indicator, "false-positive flag by provider " + provider.get());
        return FlagView.open(id.toString(), indicator, provider.get(), reason, by, at);
    }

    /** The open flags, oldest first (at most 500), for the reviewers' queue. */
    @RolesAllowed({Roles.CENTRE_REVIEWER, Roles.CENTRE_ADMIN})
    public List<FlagView> open() {
        List<FlagView> out = records.openFlags(500).stream().map(IndicatorFlags::view).toList();
        audit.success(MatchAction.INDICATOR_FLAGS_READ, null, "open false-positive flags");
        return out;
    }

    /**
     * The flags most recently resolved, newest first (at most 100): each closed by the confirmation or
     * retirement of its indicator ({@link IndicatorMoves#resolveFlags}), with that move's reason.
     */
    @RolesAllowed({Roles.CENTRE_REVIEWER, Roles.CENTRE_ADMIN})
    public List<FlagView> recentlyResolved() {
        List<FlagView> out = records.resolvedFlags(100).stream().map(IndicatorFlags::view).toList();
        audit.success(MatchAction.INDICATOR_FLAGS_READ, null, "resolved false-positive flags");
        return out;
    }

    private static FlagView view(MatchRecordRepository.FlagRow f) {
        return new FlagView(f.id().toString(), new IndicatorId(f.indicatorId()), new ProviderId(f.providerId()), f.reason(),
                f.flaggedBy(), f.flaggedAt(), f.resolution(), f.resolutionReason(), f.resolvedBy(), f.resolvedAt());
    }
}
