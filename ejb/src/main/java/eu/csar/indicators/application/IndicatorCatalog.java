package eu.csar.indicators.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.api.IndicatorState;
import eu.csar.indicators.domain.HashLineParser;
import eu.csar.indicators.domain.Indicator;
import eu.csar.indicators.domain.IndicatorAction;
import eu.csar.indicators.domain.IndicatorRepository;
import eu.csar.indicators.domain.IndicatorSet;
import eu.csar.indicators.domain.UrlNormaliser;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reading the indicator database: the sets with counts by state, one indicator's detail, search by
 * hash (PDQ within a radius, with distances) or by URL. Centre staff see every indicator; a
 * Coordinating Authority only those with a provenance link from its own Member States'
 * submissions; anything else answers as unknown (404), recorded as a refusal. Every read is audited.
 */
@Stateless
public class IndicatorCatalog {

    /** At most this many search results. */
    public static final int MAX_RESULTS = 200;

    @Inject
    IndicatorRepository indicators;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY})
    public List<SetOverview> sets() {
        Map<IndicatorSetId, Map<IndicatorState, Long>> counts = indicators.countsBySetAndState(IndicatorVisibility.scope(caller));
        List<SetOverview> sets = new ArrayList<>();
        for (IndicatorSet set : indicators.sets()) {
            Map<IndicatorState, Long> byState = new EnumMap<>(IndicatorState.class);
            for (IndicatorState state : IndicatorState.values()) {
                byState.put(state, counts.getOrDefault(set.id(), Map.of()).getOrDefault(state, 0L));
            }
            sets.add(new SetOverview(set.id(), set.code(), set.parent().orElse(null), set.kinds(), set.source(), byState));
        }
        audit.success(IndicatorAction.INDICATOR_LIST_READ, null, IndicatorVisibility.purpose(caller) + "; sets");
        return sets;
    }

    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY})
    public IndicatorDetail detail(@NotNull IndicatorId id) {
        Set<MemberState> scope = IndicatorVisibility.scope(caller);
        Indicator indicator = indicators.find(id)
                .filter(i -> scope == null || indicators.linkedFrom(id, scope))
                .orElseThrow(() -> {
                    audit.refusal(IndicatorAction.INDICATOR_READ, id, IndicatorVisibility.purpose(caller), AuditOutcome.NOT_FOUND);
                    return new UnknownObjectException("Indicator", id);
                });
        audit.success(IndicatorAction.INDICATOR_READ, id, IndicatorVisibility.purpose(caller));
        String setCode = indicators.set(indicator.setId()).map(IndicatorSet::code).orElse(null);
        return IndicatorViews.detail(indicator, setCode);
    }

    /**
     * Exact for MD5, SHA256 and URL; for PDQ every indicator within {@code radius} bits, nearest
     * first, each with its distance (a scan of the PDQ rows; matching itself uses the node's index).
     */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY})
    public List<IndicatorSummary> searchByHash(@NotNull IndicatorKind kind, @NotBlank @Size(max = 2048) String value,
                                               @Min(0) @Max(128) int radius) {
        Set<MemberState> scope = IndicatorVisibility.scope(caller);
        Map<IndicatorSetId, String> codes = indicators.setCodes();
        List<IndicatorSummary> found;
        switch (kind) {
            case PDQ -> {
                long[] query = pdqBits(hex(value, 64, kind));
                Map<UUID, Integer> distances = new HashMap<>();
                for (Object[] row : indicators.pdqRows(scope)) {
                    int d = distance(query, pdqBits((String) row[1]));
                    if (d <= radius) {
                        distances.put((UUID) row[0], d);
                    }
                }
                found = nearest(distances, codes);
            }
            case MD5, SHA256 -> found = indicators.byValue(kind, hex(value, kind == IndicatorKind.MD5 ? 32 : 64, kind), scope, MAX_RESULTS)
                    .stream().map(i -> IndicatorViews.summary(i, codes, null)).toList();
            case URL -> found = indicators.byValue(kind, url(value), scope, MAX_RESULTS)
                    .stream().map(i -> IndicatorViews.summary(i, codes, null)).toList();
            default -> throw new IllegalStateException(kind.name());
        }
        audit.success(IndicatorAction.INDICATOR_LIST_READ, null, IndicatorVisibility.purpose(caller) + "; search by " + kind
                + (kind == IndicatorKind.PDQ ? " within " + radius : "") + ", " + found.size() + " found");
        return found;
    }

    /** The URL indicators equal to the normalised URL, or starting with it. */
    @RolesAllowed({Roles.CENTRE_ADMIN, Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR, Roles.COORDINATING_AUTHORITY})
    public List<IndicatorSummary> searchByUrl(@NotBlank @Size(max = 2048) String urlPrefixOrExact) {
        Map<IndicatorSetId, String> codes = indicators.setCodes();
        String prefix = UrlNormaliser.normalise(urlPrefixOrExact)
                .orElseGet(() -> urlPrefixOrExact.trim().toLowerCase(Locale.ROOT));
        List<IndicatorSummary> found = indicators.byUrlPrefix(prefix, IndicatorVisibility.scope(caller), MAX_RESULTS)
                .stream().map(i -> IndicatorViews.summary(i, codes, null)).toList();
        audit.success(IndicatorAction.INDICATOR_LIST_READ, null, IndicatorVisibility.purpose(caller) + "; search by URL, "
                + found.size() + " found");
        return found;
    }

    private List<IndicatorSummary> nearest(Map<UUID, Integer> distances, Map<IndicatorSetId, String> codes) {
        List<UUID> ids = distances.entrySet().stream()
                .sorted(Map.Entry.<UUID, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_RESULTS).map(Map.Entry::getKey).toList();
        return indicators.findAll(ids.stream().map(IndicatorId::new).toList()).stream()
                .map(i -> IndicatorViews.summary(i, codes, distances.get(i.id().value())))
                .sorted(Comparator.comparing(IndicatorSummary::distance).thenComparing(IndicatorSummary::seq))
                .toList();
    }

    private static String url(String value) {
        return UrlNormaliser.normalise(value).orElseThrow(() -> RuleViolationException.invalid(
                "value", "Not an absolute http or https URL"));
    }

    static String hex(String value, int length, IndicatorKind kind) {
        String hex = value.trim().toLowerCase(Locale.ROOT);
        if (!HashLineParser.isHex(hex, length)) {
            throw RuleViolationException.invalid("value",
                    "A " + kind + " hash is " + length + " hexadecimal digits");
        }
        return hex;
    }

    /** The 256 bits of a PDQ hash as four longs. */
    static long[] pdqBits(String hex) {
        long[] bits = new long[4];
        for (int i = 0; i < 4; i++) {
            bits[i] = Long.parseUnsignedLong(hex.substring(i * 16, i * 16 + 16), 16);
        }
        return bits;
    }

    /** The Hamming distance of two PDQ hashes. */
    static int distance(long[] a, long[] b) {
        int d = 0;
        for (int i = 0; i < 4; i++) {
            d += Long.bitCount(a[i] ^ b[i]);
        }
        return d;
    }
}
