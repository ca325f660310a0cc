/**
 * Shared kernel: the value types and domain errors every bounded context speaks: Member States
 * (ISO 3166 alpha-2), the provider as tenant ({@link eu.csar.shared.domain.ProviderId}), the
 * refusals services raise ({@link eu.csar.shared.domain.RuleViolationException},
 * {@link eu.csar.shared.domain.UnknownObjectException}), and the one mechanism for workflow states:
 * a {@link eu.csar.shared.domain.TransitionTable} plus a {@link eu.csar.shared.domain.StatusChange}
 * history row for every move.
 */
package eu.csar.shared.domain;

