/**
 * What other contexts use of the audit trail: the {@link eu.csar.audit.api.AuditAction} their own
 * action enums implement and the {@link eu.csar.audit.api.AuditOutcome} of an attempt. They record
 * through the published {@code eu.csar.audit.application.AuditRecorder}.
 */
package eu.csar.audit.api;

