/**
 * What other contexts use of the legal context's clock and deadlines: the legal period form of the
 * profiles ({@link eu.csar.legal.api.LegalPeriod}), the profile version a case keeps
 * ({@link eu.csar.legal.api.ProfileRef}), what a workflow asks to schedule
 * ({@link eu.csar.legal.api.DeadlinePlan}) and reads back ({@link eu.csar.legal.api.DeadlineView}),
 * and the event it observes when a deadline is reached ({@link eu.csar.legal.api.DeadlineWasReached}).
 * The published services are {@code eu.csar.legal.application.DeadlineService} and the platform
 * clock, {@code eu.csar.legal.application.PlatformClock}.
 */
package eu.csar.legal.api;
