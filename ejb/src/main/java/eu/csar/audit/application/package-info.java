/**
 * The audit trail's services: {@link eu.csar.audit.application.AuditRecorder}, published to every
 * context, records every write and every read of protected data (refused attempts too, in their
 * own transaction); {@link eu.csar.audit.application.AuditTrail} lets auditors browse the trail and
 * verify its hash chain.
 */
package eu.csar.audit.application;

