/**
 * Orders under legal clocks (Art 7-11, 14-18 of COM(2022) 209): entities, value objects, transition
 * tables and repositories. Removal orders (Art 14-15): {@link eu.csar.orders.domain.RemovalOrder},
 * its workflow {@link eu.csar.orders.domain.RemovalOrderLifecycle}, its history
 * {@link eu.csar.orders.domain.RemovalOrderStatusChange} and its audit actions
 * {@link eu.csar.orders.domain.RemovalOrderAction}. Every period an order counts comes from the legal
 * profile version it pinned when issued.
 */
package eu.csar.orders.domain;
