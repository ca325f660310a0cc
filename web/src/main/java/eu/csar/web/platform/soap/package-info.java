/**
 * What every SOAP partner endpoint shares, whatever its context: faults of the web-service stack's
 * own making replaced by this platform's problem fault ({@link eu.csar.web.platform.soap.SoapFaultSanitizer}),
 * and {@code Idempotency-Key} for the SOAP writes ({@link eu.csar.web.platform.soap.IdempotentSoapFilter},
 * {@link eu.csar.web.platform.soap.IdempotentSoapWrites}) with the contract of the REST writes
 * (docs/idempotency.md).
 */
package eu.csar.web.platform.soap;
