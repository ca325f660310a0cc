package eu.csar.indicators.domain;

/** The reviewer's verdict on one line of a submission: still pending, verified, or rejected. */
public enum LineVerification {
    PENDING,
    VERIFIED,
    REJECTED
}
