package eu.csar.indicators.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.api.GrantAccess;
import eu.csar.indicators.api.GrantId;
import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.domain.MatchAction;
import eu.csar.indicators.domain.MatchCounter;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Match as a service (Art 10, 50): a provider sends up to 1,000 hashes (PDQ, MD5, SHA-256) and
 * learns, for each, the active indicators it matches (id, set, distance, provenance class, never a
 * decision reference), only from sets it holds a live MATCH or DOWNLOAD grant for; without one, no
 * matches. The provider is the one in the caller's token.
 *
 * <p>Order of a call: the batch is checked (a bad line is a 400 naming it, nothing recorded), the
 * provider's rate on this node is checked (429 with the seconds to wait, nothing recorded), the
 * node's {@link MatchIndex} answers, ONE audit entry records the call: grants used, number of
 * hashes, number of matches (not one entry per hash), and each matched indicator's count for the
 * provider and the day is added to the node's {@link PendingMatchCounts}. The call writes no
 * counter row: {@link MatchCountFlush} writes them about once a second and applies the flood rule.
 */
@Stateless
public class IndicatorMatching {

    @Inject
    MatchIndex index;

    @Inject
    IndicatorGrants grants;

    @Inject
    PendingMatchCounts pending;

    @Inject
    MatchSettings settings;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @RolesAllowed(Roles.PROVIDER)
    public MatchResult match(List<HashQuery> hashes) {
        List<MatchBatch.Line> lines = MatchBatch.check(hashes);
        ProviderId provider = caller.providerId().orElseThrow(() -> {
            audit.refusal(MatchAction.INDICATOR_BATCH_MATCHED, null, "match without a provider id", AuditOutcome.NOT_FOUND);
            return new UnknownObjectException("Provider", "(none)");
        });
        long wait = settings.limiter().tryTake(provider, lines.size());
        if (wait > 0) {
            throw new MatchRateLimited(TokenBuckets.retryAfterSeconds(wait));
        }
        LiveGrants live = grants.live(provider, GrantAccess.MATCH);
        Set<IndicatorSetId> sets = live.sets();
        List<List<IndexHit>> hits = sets.isEmpty() ? empty(lines.size()) : index.query(sets, lines, settings.radius());

        Map<IndicatorId, Long> counts = new LinkedHashMap<>();
        List<LineMatches> out = new ArrayList<>(lines.size());
        int matches = 0;
        for (int i = 0; i < lines.size(); i++) {
            MatchBatch.Line line = lines.get(i);
            List<IndexHit> lineHits = hits.get(i);
            for (IndexHit hit : lineHits) {
                counts.merge(hit.indicator(), 1L, Long::sum);
            }
            matches += lineHits.size();
            out.add(new LineMatches(line.number(), line.kind().name(), line.hex(), lineHits));
        }
        String grantIds = live.grants().stream().map(GrantId::toString).collect(Collectors.joining(","));
        audit.success(MatchAction.INDICATOR_BATCH_MATCHED, provider, IndicatorGrants.cut("match: " + lines.size() + " hashes, "
                + matches + " matches; grants [" + grantIds + "]", 500));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        counts.forEach((indicator, n) -> pending.add(new MatchCounter(indicator, provider, today), n));
        return new MatchResult(lines.size(), matches, out);
    }

    private static List<List<IndexHit>> empty(int n) {
        List<List<IndexHit>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(List.of());
        }
        return out;
    }
}
