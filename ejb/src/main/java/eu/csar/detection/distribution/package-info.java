/**
 * Signed distribution of indicator sets (issue 9): the page format, its JWS manifest, signing and
 * verification against a pinned key, and applying a page to the local file {@code csar-match}
 * reads. Plain Java and nimbus-jose-jwt only, so that the provider-side CLI and the server share
 * one implementation.
 */
package eu.csar.detection.distribution;
