/**
 * What other contexts use of the legal profiles: {@link eu.csar.legal.api.ProfileRef} (the profile
 * version a case records when it is opened), the values as read views, the key constants
 * ({@link eu.csar.legal.api.ProfileKey}), and the comparison of two versions. Values are read through
 * the published service {@code eu.csar.legal.application.LegalProfiles}.
 */
package eu.csar.legal.api;
