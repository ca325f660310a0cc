/**
 * The audit trail: who did or tried what to which object, for what purpose, with what outcome.
 * Append-only and hash-chained so that an edit, insertion or deletion is detectable.
 */
package eu.csar.audit.domain;

