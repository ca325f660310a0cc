package eu.csar.indicators.domain;

/**
 * What moves an indicator (see {@link IndicatorLifecycle}): the four-eyes verification (or its
 * rejection), activation, a disablement until a date or until re-enabled, the flood rule's or a
 * reviewer's quarantine and its confirmation, and retirement for good.
 */
public enum IndicatorEvent {
    VERIFY,
    REJECT,
    ACTIVATE,
    DISABLE,
    ENABLE,
    QUARANTINE,
    CONFIRM,
    RETIRE
}
