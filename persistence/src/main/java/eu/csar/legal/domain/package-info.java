/**
 * The legal context's model.
 *
 * <p>Legal profiles: versioned configuration of every duration, deadline, order type, report due date,
 * cap, mandatory field and annex template, each value with the Article it comes from and its legal
 * review status. A profile file ({@link eu.csar.legal.domain.ProfileDocument}) becomes an immutable
 * {@link eu.csar.legal.domain.LegalProfileVersion}; the shipped files are under
 * {@code legal-profiles/} on the class path ({@link eu.csar.legal.domain.ShippedProfileFiles}).
 *
 * <p>Clock and deadlines: the deadline calculator (every legal period rule in one place), the deadline
 * aggregate with its workflow table and history, and the audit actions of the deadline service and
 * the clock control.
 */
package eu.csar.legal.domain;
