/**
 * Tests of the foundation hardening (issue 7): what an attacker tried and a new user met, each
 * against the real stack that bin/test starts (WildFly with the EAR, Keycloak, PostgreSQL, headless
 * Chromium).
 */
package eu.csar.it.hardening;
