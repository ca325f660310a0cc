package eu.csar.orders.domain;

/**
 * The dates of an issued detection order that a provider's Annex II answer (Art 8(3)) can hold, as
 * the legal profile's {@code detection-order.annex-ii-pauses} names them: the start, the mid-term
 * execution report, the end. The appeal window is not among them: it is the time to go to court,
 * which the provider's answer does not change.
 */
public enum DetectionOrderClock {
    START,
    MID_TERM_REPORT,
    END
}
