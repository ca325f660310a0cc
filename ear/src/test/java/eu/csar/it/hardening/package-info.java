/**
 * Integration tests of issue 7's hardening, black-box against the deployed EAR as an attacker or a
 * careless partner would call it: concurrent writers of the same entry, errors of every transport
 * (401 without a token, runtime 404/405/415, unreadable paging, SOAP parse faults) and refusals
 * recorded once at the services' boundary, whatever the transport. Each test also reads the server
 * log an operator reads ({@link eu.csar.it.support.ServerLog}): a partner's mistake leaves no stack trace.
 */
package eu.csar.it.hardening;
