package eu.csar.reports.api;

/**
 * Where a provider's report stands (Art 12-13): OPEN while the provider attaches evidence, FINISHED
 * once it is complete and signed, RETRACTED by the provider (from OPEN, or from FINISHED until it is
 * forwarded). The review desk will add FORWARDED and UNFOUNDED (Art 48); they are not built yet.
 */
public enum ReportState {
    OPEN,
    FINISHED,
    RETRACTED
}
