/**
 * The risk context's portal page (Art 5 of COM(2022) 209): {@link eu.csar.web.risk.portal.RiskReviewPage},
 * where the Coordinating Authority of establishment sees its providers' risk assessments, overdue
 * first, and reviews one.
 */
package eu.csar.web.risk.portal;
