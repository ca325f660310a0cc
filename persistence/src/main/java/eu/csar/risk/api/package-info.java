/**
 * What other contexts and the web tier may know of the risk context (Art 3-6 of COM(2022) 209):
 * the typed id of a risk assessment, its states, its kind (a service's risk assessment with its
 * mitigation measures, Art 3-4, or an app store's measures, Art 6) and the kinds of due dates it runs
 * against. A detection-order request may name the assessment it starts from by {@link eu.csar.risk.api.RiskAssessmentId},
 * checked through {@link eu.csar.risk.api.AssessmentCitations}.
 */
package eu.csar.risk.api;
