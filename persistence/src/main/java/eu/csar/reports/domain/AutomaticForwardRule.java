package eu.csar.reports.domain;

import eu.csar.reports.api.ReportState;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * When the platform may forward a report without a reviewer (Art 48(3); issue 11 §6): only where the
 * legal profile switches it on ({@code report.automatic-forwarding-of-known-material}, off in both
 * shipped profiles, pending legal review), only for a FINISHED report nobody has claimed, and only when
 * <b>every</b> evidence item (each position, not just some) has a {@code KNOWN} triage hit on an
 * ACTIVE indicator whose provenance is verified. A report without evidence, or with one item that
 * matched nothing or only unverified indicators, stays for the review desk. The verdict names the
 * verified indicators that carried the decision, or says why there is none.
 */
public final class AutomaticForwardRule {

    /** The reason recorded with an automatic decision (history row and audit entry). */
    public static final String REASON = "all evidence matched verified indicators";

    /** The rule's answer: forward, with the verified indicators (each once, in evidence order), or not, and why. */
    public record Verdict(boolean forward, String why, List<UUID> indicators) {
        public Verdict {
            Objects.requireNonNull(why, "why");
            indicators = List.copyOf(indicators);
            if (forward == indicators.isEmpty()) {
                throw new IllegalArgumentException("a forward names its indicators, a refusal none");
            }
        }

        static Verdict stays(String why) {
            return new Verdict(false, why, List.of());
        }
    }

    private AutomaticForwardRule() {
    }

    /** The indicators triage found for the report, each once: the ones whose provenance the caller must look up. */
    public static Set<UUID> matchedIndicators(Collection<TriageHit> hits) {
        Set<UUID> ids = new LinkedHashSet<>();
        hits.stream().filter(h -> h.hit() == TriageHit.Kind.KNOWN).forEach(h -> ids.add(h.indicatorId()));
        return ids;
    }

    /**
     * Whether {@code report} is forwarded automatically, given the profile's switch, its triage's
     * {@code hits} and which of the matched indicators are ACTIVE with a verified, live provenance link
     * ({@code verified}, from the indicators context).
     */
    public static Verdict judge(boolean switchedOn, Report report, Collection<TriageHit> hits, Set<UUID> verified) {
        if (!switchedOn) {
            return Verdict.stays("automatic forwarding is off in the legal profile");
        }
        if (report.state() != ReportState.FINISHED) { // FINISHED is unclaimed: a claim moves it to IN_REVIEW
            return Verdict.stays("the report is " + report.state());
        }
        if (report.evidence().isEmpty()) {
            return Verdict.stays("the report has no evidence");
        }
        List<UUID> indicators = new ArrayList<>();
        for (EvidenceItem item : report.evidence()) {
            List<UUID> matched = hits.stream()
                    .filter(h -> h.hit() == TriageHit.Kind.KNOWN && h.position() == item.position() && verified.contains(h.indicatorId()))
                    .map(TriageHit::indicatorId).toList();
            if (matched.isEmpty()) {
                return Verdict.stays("evidence item " + item.position() + " matched no verified indicator");
            }
            matched.stream().filter(id -> !indicators.contains(id)).forEach(indicators::add);
        }
        return new Verdict(true, REASON, indicators);
    }
}
