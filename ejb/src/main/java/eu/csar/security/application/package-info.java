/**
 * Security and tenancy at run time: {@link eu.csar.security.application.OidcCaller} reads the caller
 * behind each request from the OIDC token (roles, {@code member_state}, {@code provider_id}), and
 * {@link eu.csar.security.application.WhoAmI} tells a caller what the services see.
 */
package eu.csar.security.application;

