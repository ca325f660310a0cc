/**
 * What other contexts may know of orders: typed ids and the codes of the order workflows. Removal
 * orders (Art 14-15 of COM(2022) 209): {@link eu.csar.orders.api.RemovalOrderId},
 * {@link eu.csar.orders.api.RemovalOrderState} and the codes of their annex forms (Annex V
 * {@link eu.csar.orders.api.CannotExecuteReason}, Annex VI {@link eu.csar.orders.api.ExecutionMeasure},
 * redress under Art 15 {@link eu.csar.orders.api.Contestant}, {@link eu.csar.orders.api.RedressOutcome}).
 */
package eu.csar.orders.api;
