/** {@code /api/v1/me}: who the platform thinks the caller is. */
package eu.csar.web.security.rest;

