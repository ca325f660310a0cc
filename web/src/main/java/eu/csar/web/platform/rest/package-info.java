/**
 * Plumbing every partner API shares: RFC 9457 problem details with a stable type per error and the
 * violated fields (used by the REST mapper and the SOAP faults alike), and the parsing of query and
 * path input into domain values with field-named errors.
 */
package eu.csar.web.platform.rest;

