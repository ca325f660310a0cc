/**
 * Plumbing every partner API shares: RFC 9457 problem details with a stable type per error and the
 * violated fields (used by the REST mapper and the SOAP faults alike), and the parsing of query and
 * path input into domain values with field-named errors; and {@link eu.csar.web.platform.rest.Idempotent},
 * the one annotation that makes a write a partner may retry answer a repeated {@code Idempotency-Key}
 * with its first answer (docs/idempotency.md).
 */
package eu.csar.web.platform.rest;

