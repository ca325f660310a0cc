/**
 * Transparency reports: the stored versions and their figures, the read of the aggregate counters
 * (never the raw tables), the removal-time histogram and the suppression of small counts.
 */
package eu.csar.transparency.domain;
