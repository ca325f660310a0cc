/**
 * The platform's own tables: the partner APIs' idempotency store ({@code idempotency_keys}).
 */
package eu.csar.platform.domain;
