/**
 * The platform's own records that belong to no business context: the transactional outbox of
 * messages waiting to be relayed to their queues ({@link eu.csar.platform.domain.OutboxMessage}).
 */
package eu.csar.platform.domain;
