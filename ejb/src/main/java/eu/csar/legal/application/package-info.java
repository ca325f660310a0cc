/**
 * The legal context's services.
 *
 * <p>Legal profiles: {@link eu.csar.legal.application.LegalProfiles}, published to every context:
 * {@code pin(profileId)} when a case is opened, then {@code value/period/percent/dateOfYear/list/count}
 * through the pinned {@link eu.csar.legal.api.ProfileRef}; for people, the list, one version, the
 * comparison of two, and the audited import of a new version by a centre admin.
 * {@link eu.csar.legal.application.ShippedProfiles} loads the shipped profiles at start-up.
 *
 * <p>Time: the platform clock every service injects ({@link eu.csar.legal.application.PlatformClock};
 * only test support moves it), and the deadlines workflows keep
 * ({@link eu.csar.legal.application.DeadlineService}: schedule, pause, resume, restart, extend, cancel,
 * escalate, list), fired by the persistent {@link eu.csar.legal.application.DeadlineSweep}. A workflow
 * learns that its deadline was reached by observing {@code eu.csar.legal.api.DeadlineWasReached}.
 */
package eu.csar.legal.application;
