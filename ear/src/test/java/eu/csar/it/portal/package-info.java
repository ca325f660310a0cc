/**
 * Browser tests of the JSF portal: a real headless Chromium against the deployed EAR, logging in
 * through the real Keycloak page as the demo users. They need the demo data
 * ({@code -Dcsar.demo-data=true}) and save screenshots under {@code target/screenshots/portal-*}.
 */
package eu.csar.it.portal;
