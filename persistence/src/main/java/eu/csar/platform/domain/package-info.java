/**
 * The platform's own records that belong to no business context: the transactional outbox of
 * messages waiting to be relayed to their queues ({@link eu.csar.platform.domain.OutboxMessage});
 * and the partner APIs' idempotency store ({@code idempotency_keys}).
 */
package eu.csar.platform.domain;
