/**
 * Risk assessment and mitigation (Art 3-6 of COM(2022) 209). A provider of hosting or interpersonal
 * communications services submits its risk assessment, the Art 3(2) factors as the structured fields
 * the legal profile lists ({@code risk-assessment.report-fields}), with its mitigation measures
 * (Art 4); an app store submits its Art 6 measures ({@code risk-assessment.app-store-fields}). The
 * Coordinating Authority of establishment reviews it (Art 5): accepts it, asks for more information
 * (Art 5(2)) or requires measures (Art 5(4)), each within a period of the profile; under the Council's
 * general approach it also assigns a risk category ({@code risk.categories}). The next assessment is
 * due {@code risk-assessment.update-interval} after this one (Art 3(4)).
 *
 * <p>{@link eu.csar.risk.domain.RiskAssessmentLifecycle} is the one transition table; every move writes
 * a {@link eu.csar.risk.domain.RiskAssessmentStatusChange}. {@link eu.csar.risk.domain.RiskDueDates}
 * computes the due dates from the profile's periods; the deadlines themselves are the deadline
 * service's.
 */
package eu.csar.risk.domain;
