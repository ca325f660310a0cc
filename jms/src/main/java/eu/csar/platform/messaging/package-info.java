/**
 * The relay of the transactional outbox: sends the messages that services put into
 * {@link eu.csar.platform.application.Outbox} to their queues, in batches, soon after their
 * transaction commits ({@link eu.csar.platform.messaging.OutboxRelay}).
 */
package eu.csar.platform.messaging;
