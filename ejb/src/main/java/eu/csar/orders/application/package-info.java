/**
 * Orders under legal clocks (Art 7-11, 14-18 of COM(2022) 209): the services. Removal orders (Art
 * 14-15): {@link eu.csar.orders.application.RemovalOrders} (issue by the issuing authority,
 * acknowledgement, Annex V and Annex VI answers by the provider, clarification, non-disclosure
 * extension, redress and closing), {@link eu.csar.orders.application.RemovalOrderMoves} (the one
 * door: history row and audit entry per move) and {@link eu.csar.orders.application.RemovalOrderClocks}
 * (escalation and overdue marks when the persistent deadlines are reached). Detection orders (Art
 * 7-11): {@link eu.csar.orders.application.DetectionOrders} (the Coordinating Authority's request and
 * the consultation), {@link eu.csar.orders.application.DetectionOrderDecisions} (issue, refusal,
 * revocation, receipt), {@link eu.csar.orders.application.DetectionOrderClocks} (final, in force,
 * expired).
 *
 * <p>Published to other contexts: {@link eu.csar.orders.application.OrderSubjects}, which tells a penalty
 * case (Art 35) the reference of an order and the provider it is addressed to.
 */
package eu.csar.orders.application;
