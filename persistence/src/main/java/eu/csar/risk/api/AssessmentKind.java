package eu.csar.risk.api;

/**
 * What a provider submits: a hosting or interpersonal communications service's risk assessment with
 * its mitigation measures (Art 3-4; fields from the profile's {@code risk-assessment.report-fields}),
 * or an app store's measures (Art 6; fields from {@code risk-assessment.app-store-fields}).
 */
public enum AssessmentKind {
    SERVICE,
    APP_STORE
}
