/**
 * The risk context's services (Art 3-6 of COM(2022) 209). {@link eu.csar.risk.application.RiskAssessments}
 * is the provider's side: submit a risk assessment with its mitigation measures (Art 3-4) or an app
 * store's measures (Art 6), read its own, answer the Coordinating Authority. {@link eu.csar.risk.application.RiskReviews}
 * is the Coordinating Authority of establishment's side (Art 5): its providers' assessments, overdue
 * first, and the review (accept, request information, require measures, assign a risk category where
 * the profile provides categories). Due dates are deadlines of the legal context's
 * {@code DeadlineService}, with periods from the legal profile the assessment pinned;
 * {@link eu.csar.risk.application.RiskClocks} records what the sweep reports as overdue and puts the
 * reminders into the authority's inbox. Nothing here is meant for other contexts yet.
 */
package eu.csar.risk.application;
