package eu.csar.indicators.api;

import eu.csar.shared.domain.MemberState;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An indicator as the Centre's review desk sees it beside a report that matched it (issue 11 §3):
 * its kind, set and state, and each provenance link with where it came from (the submitting
 * authority's decision and its date, or a victim's request), the process that generated the hash,
 * and whether the link was withdrawn. For Centre reviewers only; never shown to providers, who learn
 * no more than the {@link ProvenanceSource} of a match.
 */
public record IndicatorProvenance(IndicatorId id, IndicatorKind kind, String setCode, IndicatorState state,
                                  List<Link> links) implements Serializable {

    /** One provenance link: {@code authority}, {@code decisionReference} and {@code decisionDate} are null for a victim's request. */
    public record Link(ProvenanceSource source, MemberState memberState, String authority, String decisionReference,
                       LocalDate decisionDate, String process, String processVersion, boolean verified, Instant addedAt,
                       Instant withdrawnAt) implements Serializable {

        public boolean withdrawn() {
            return withdrawnAt != null;
        }
    }

    public IndicatorProvenance {
        links = List.copyOf(links);
    }
}
