/**
 * Black-box tests of what an attacker or a careless client sends (issue 7): every bad value is
 * answered with a 4xx problem or a SOAP fault that names the field, changes nothing in PostgreSQL,
 * and leaves no stack trace or personal data in the server log.
 */
package eu.csar.it.hardening;
