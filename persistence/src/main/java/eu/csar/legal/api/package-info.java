/**
 * What other contexts use of the legal context.
 *
 * <p>Profiles: {@link eu.csar.legal.api.ProfileRef} (the profile version a case records when it is
 * opened), the values as read views, the key constants ({@link eu.csar.legal.api.ProfileKey}), and the
 * comparison of two versions. Values are read through the published service
 * {@code eu.csar.legal.application.LegalProfiles}.
 *
 * <p>Time: the legal period form of the profiles ({@link eu.csar.legal.api.LegalPeriod}), what a
 * workflow asks to schedule ({@link eu.csar.legal.api.DeadlinePlan}) and reads back
 * ({@link eu.csar.legal.api.DeadlineView}), and the event it observes when a deadline is reached
 * ({@link eu.csar.legal.api.DeadlineWasReached}). The published services are
 * {@code eu.csar.legal.application.DeadlineService} and the platform clock,
 * {@code eu.csar.legal.application.PlatformClock}.
 */
package eu.csar.legal.api;
