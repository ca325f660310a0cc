package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.api.KnownMaterialMatch;
import eu.csar.indicators.domain.IndicatorRepository;
import eu.csar.security.api.Roles;
import eu.csar.shared.api.PublishedService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Centre's own matching against known material (Art 43(2), used by the triage of reports): the
 * node's {@link MatchIndex} over every indicator set, not limited by a provider's grants, PDQ within
 * the platform's match radius, digests exactly. Only ACTIVE indicators with a live provenance link
 * are in the index; {@link #verified} says which of them have a verified provenance. For the platform's background work ({@code system}); the caller audits its use.
 * Throws {@link IllegalStateException} while the index is still loading, so a job retries later.
 */
@PublishedService
@Stateless
public class KnownMaterial {

    @Inject
    MatchIndex index;

    @Inject
    MatchSettings settings;

    @Inject
    IndicatorRepository indicators;

    /** The ACTIVE indicators each hash matches ({@code kind} PDQ, MD5 or SHA256, lower-case hex), in the order given. */
    @RolesAllowed(Roles.SYSTEM)
    public List<KnownMaterialMatch> match(List<Map.Entry<IndicatorKind, String>> hashes) {
        List<KnownMaterialMatch> out = new ArrayList<>();
        if (hashes.isEmpty()) {
            return out;
        }
        List<MatchBatch.Line> lines = new ArrayList<>(hashes.size());
        for (int i = 0; i < hashes.size(); i++) {
            lines.add(new MatchBatch.Line(i + 1, hashes.get(i).getKey(), hashes.get(i).getValue()));
        }
        List<List<IndexHit>> hits = index.query(index.setIds(), lines, settings.radius());
        for (int i = 0; i < hits.size(); i++) {
            for (IndexHit hit : hits.get(i)) {
                out.add(new KnownMaterialMatch(i, hit.indicator(), hit.set(), hit.distance()));
            }
        }
        return out;
    }

    /**
     * Of {@code ids} (indicators a match named), those that are ACTIVE now with at least one live provenance
     * link a centre reviewer verified (Art 36(1): identified by an authority, checked by the Centre), for the
     * automatic forwarding of reports that matched nothing else. Read in the caller's transaction, from the
     * database, not the match index. The caller audits its use.
     */
    @RolesAllowed(Roles.SYSTEM)
    public Set<IndicatorId> verified(@NotNull Collection<@NotNull IndicatorId> ids) {
        return indicators.activeWithVerifiedProvenance(ids);
    }
}
