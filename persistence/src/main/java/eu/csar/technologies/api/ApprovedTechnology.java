package eu.csar.technologies.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An APPROVED entry of the technology register as providers and authorities see it (Art 50(1)): its
 * reference, name, version, type, supplier and description, and its documented error rates (false
 * positive and false negative rates in percent, with how they were measured). No internal notes, no
 * opinion references.
 */
public record ApprovedTechnology(TechnologyId id, String reference, String name, String version, TechnologyType type,
                                 String supplier, String description, BigDecimal falsePositiveRate,
                                 BigDecimal falseNegativeRate, String errorRateMethod, Instant approvedAt)
        implements Serializable {
}
