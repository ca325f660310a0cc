/** REST for the legal profiles: {@code /api/v1/legal-profiles}. */
package eu.csar.web.legal.rest;
