/**
 * The partner API of report intake (Art 12-13 of COM(2022) 209): {@code /api/v1/reports} for providers
 * (open, attach evidence, finish signed, retract, read; one-call submission at
 * {@code /api/v1/reports/complete}). Writes take an {@code Idempotency-Key}; docs/reports.md.
 */
package eu.csar.web.reports.rest;
