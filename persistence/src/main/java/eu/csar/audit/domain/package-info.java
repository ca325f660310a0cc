/**
 * The audit trail: who did or tried what to which object, for what purpose, with what outcome.
 * Append-only and hash-chained so that an edit, insertion, deletion or reordering is detectable.
 * Writers append unsealed {@link eu.csar.audit.domain.AuditEvent}s without a shared lock; one
 * chainer at a time seals them into the chain ({@link eu.csar.audit.domain.ChainSealer}); the
 * actor is chained as a pseudonym ({@link eu.csar.audit.domain.AuditActorRepository}). See docs/audit.md.
 */
package eu.csar.audit.domain;
