package eu.csar.indicators.domain;

/**
 * Where a submission stands: {@code IMPORTING} while a bulk import job writes it; {@code SUBMITTED}
 * waiting for four-eyes verification; {@code VERIFIED} every accepted line verified;
 * {@code PARTLY_VERIFIED} some lines rejected by the reviewer; {@code REJECTED} every line rejected.
 */
public enum SubmissionState {
    IMPORTING,
    SUBMITTED,
    VERIFIED,
    PARTLY_VERIFIED,
    REJECTED
}
