/**
 * Shared helpers for the integration tests: the real EAR as a deployment ({@link eu.csar.it.support.Deployments}),
 * real Keycloak tokens ({@link eu.csar.it.support.Tokens}), black-box REST/SOAP calls ({@link eu.csar.it.support.Api})
 * and a headless Chromium ({@link eu.csar.it.support.Browser}).
 */
package eu.csar.it.support;
