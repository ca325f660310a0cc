/**
 * The risk context over REST (Art 3-6 of COM(2022) 209): {@link eu.csar.web.risk.rest.RiskAssessmentResource},
 * where providers submit their risk assessments and mitigation measures (app stores their Art 6
 * measures), read their own and answer the Coordinating Authority; and
 * {@link eu.csar.web.risk.rest.RiskReviewResource}, where the Coordinating Authority of establishment
 * lists its providers' assessments (overdue first) and reviews them (Art 5).
 */
package eu.csar.web.risk.rest;
