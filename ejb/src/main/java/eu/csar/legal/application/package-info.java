/**
 * Legal profiles: {@link eu.csar.legal.application.LegalProfiles}, published to every context:
 * {@code pin(profileId)} when a case is opened, then {@code value/period/percent/dateOfYear/list/count}
 * through the pinned {@link eu.csar.legal.api.ProfileRef}; for people, the list, one version, the
 * comparison of two, and the audited import of a new version by a centre admin.
 * {@link eu.csar.legal.application.ShippedProfiles} loads the shipped profiles at start-up.
 */
package eu.csar.legal.application;
