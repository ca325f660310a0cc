package eu.csar.reports.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a provider's report stands (Art 12-13, 48): OPEN while the provider attaches evidence,
 * FINISHED once it is complete and signed (it is then in the review desk's queue), IN_REVIEW while
 * a centre reviewer has claimed it, AWAITING_SECOND_REVIEW and IN_SECOND_REVIEW when the legal
 * profile asks a second reviewer to confirm a manifestly-unfounded finding (four eyes),
 * FORWARD_DECIDED once the Centre decided to forward it, FORWARDED once every recipient received it, and
 * MANIFESTLY_UNFOUNDED once it found it so (Art 48(2)); RETRACTED by the provider until the Centre
 * decided. The provider sees the review-internal states as FINISHED and FORWARDED as FORWARD_DECIDED
 * ({@link #providerView()}).
 */
public enum ReportState {
    OPEN,
    FINISHED,
    RETRACTED,
    IN_REVIEW,
    AWAITING_SECOND_REVIEW,
    IN_SECOND_REVIEW,
    FORWARD_DECIDED,
    FORWARDED,
    MANIFESTLY_UNFOUNDED;

    /**
     * The state as the provider is told it: the desk's inner steps are not the provider's business, nor
     * whether law enforcement has received the report yet (FORWARDED shows as FORWARD_DECIDED; the
     * feedback says FORWARDED in both).
     */
    public ReportState providerView() {
        return switch (this) {
            case IN_REVIEW, AWAITING_SECOND_REVIEW, IN_SECOND_REVIEW -> FINISHED;
            case FORWARDED -> FORWARD_DECIDED;
            default -> this;
        };
    }

    /** The states a provider sees as {@code seen} (FINISHED: also the desk's inner steps); for its list's filter. */
    public static Set<ReportState> seenByProviderAs(Set<ReportState> seen) {
        return Arrays.stream(values()).filter(s -> seen.contains(s.providerView()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReportState.class)));
    }

    /** Whether a reviewer holds the report (a claim). */
    public boolean claimed() {
        return this == IN_REVIEW || this == IN_SECOND_REVIEW;
    }
}
