/**
 * The audit trail's services: {@link eu.csar.audit.application.AuditRecorder}, published to every
 * context, records every write and every read of protected data (refused attempts too, in their
 * own transaction), naming the actor that {@link eu.csar.audit.application.AccountlessActing} sets
 * for a step of someone without an account (the survivor on the victim page), published too;
 * {@link eu.csar.audit.application.AuditTrail} lets auditors browse the trail and
 * verify its hash chain. {@link eu.csar.audit.application.ActorNameErasure}, published to the retention context,
 * forgets the names behind idle pseudonyms (Art 51(4)) without touching the chain.
 */
package eu.csar.audit.application;

