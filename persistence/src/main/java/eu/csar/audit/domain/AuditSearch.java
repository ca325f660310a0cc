package eu.csar.audit.domain;

import eu.csar.audit.api.AuditOutcome;

import java.time.Instant;

/** Filters for browsing the trail (all optional), newest first, and the page to return. */
public record AuditSearch(String actor, String action, String objectType, String objectId,
                          AuditOutcome outcome, Instant from, Instant to, int first, int pageSize) {

    public AuditSearch {
        if (first < 0 || pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("page window out of range: first=" + first + " size=" + pageSize);
        }
    }
}
