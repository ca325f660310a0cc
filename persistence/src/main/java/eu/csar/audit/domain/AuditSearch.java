package eu.csar.audit.domain;

import eu.csar.audit.api.AuditOutcome;

import java.time.Instant;

/**
 * Filters for browsing the trail (all optional), newest first, and the page to return.
 * {@code hideTrailReadsOf}, when set, leaves out that actor's own reads of the trail
 * ({@link AuditTrailAction#READS}): the auditor's searches would otherwise fill the first pages.
 */
public record AuditSearch(String actor, String action, String objectType, String objectId,
                          AuditOutcome outcome, Instant from, Instant to, int first, int pageSize,
                          String hideTrailReadsOf) {

    public AuditSearch {
        if (first < 0 || pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("page window out of range: first=" + first + " size=" + pageSize);
        }
    }

    public AuditSearch(String actor, String action, String objectType, String objectId,
                       AuditOutcome outcome, Instant from, Instant to, int first, int pageSize) {
        this(actor, action, objectType, objectId, outcome, from, to, first, pageSize, null);
    }

    /** The same search, leaving out {@code reader}'s own reads of the trail. */
    public AuditSearch hidingTrailReadsOf(String reader) {
        return new AuditSearch(actor, action, objectType, objectId, outcome, from, to, first, pageSize, reader);
    }
}
