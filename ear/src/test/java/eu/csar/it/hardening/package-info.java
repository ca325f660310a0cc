/**
 * Tests of the foundation hardening (issue 7): what an attacker tried and a new user met, each
 * against the real stack that bin/test starts (WildFly with the EAR, Keycloak, PostgreSQL, headless
 * Chromium).
 *
 * <p>Black-box, as an attacker or a careless partner would call the deployed EAR: concurrent
 * writers of the same entry, bad values of every kind (a 4xx problem or SOAP fault naming the field,
 * nothing changed in PostgreSQL), errors of every transport (401 without a token, runtime
 * 404/405/415, unreadable paging, SOAP parse faults) and refusals recorded once at the services'
 * boundary, whatever the transport. Each test also reads the server log an operator reads
 * ({@link eu.csar.it.support.ServerLog}): a partner's mistake leaves no stack trace.
 */
package eu.csar.it.hardening;
