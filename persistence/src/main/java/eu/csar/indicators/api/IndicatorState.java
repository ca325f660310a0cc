package eu.csar.indicators.api;

/**
 * Where an indicator stands (Art 36, 44, 46). {@code SUBMITTED}: sent by a Coordinating Authority
 * (or a victim, or an import), not yet checked; {@code VERIFIED}: a centre reviewer other than the
 * submitter checked it; {@code ACTIVE}: matching; {@code DISABLED}: not matching until a date or
 * until re-enabled; {@code QUARANTINED}: stopped by the flood rule or a false-positive flag,
 * waiting for a reviewer; {@code RETIRED}: out for good, with a reason. Only ACTIVE matches.
 */
public enum IndicatorState {
    SUBMITTED,
    VERIFIED,
    ACTIVE,
    DISABLED,
    QUARANTINED,
    RETIRED
}
