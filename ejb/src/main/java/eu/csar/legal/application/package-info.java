/**
 * The legal context's services: the platform clock every service injects
 * ({@link eu.csar.legal.application.PlatformClock}), and the deadlines workflows keep
 * ({@link eu.csar.legal.application.DeadlineService}), fired by the persistent
 * {@link eu.csar.legal.application.DeadlineSweep}.
 *
 * <p>Published to every context: {@code DeadlineService} (schedule, pause, resume, restart, extend,
 * cancel, escalate, list) and {@code PlatformClock} (read "now"; only test support moves it). A
 * workflow learns that its deadline was reached by observing {@code eu.csar.legal.api.DeadlineWasReached}.
 */
package eu.csar.legal.application;
