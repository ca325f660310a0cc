/**
 * The partner API of orders (Art 14-15 of COM(2022) 209): {@code /api/v1/removal-orders} for issuing
 * authorities (issue, read, clarify, non-disclosure, redress, close), providers (their own orders
 * only: list, read, acknowledge receipt, Annex V, Annex VI) and readers (Coordinating Authorities,
 * EU Centre staff). Writes take an {@code Idempotency-Key}; reads answer with an {@code ETag}.
 */
package eu.csar.web.orders.rest;
