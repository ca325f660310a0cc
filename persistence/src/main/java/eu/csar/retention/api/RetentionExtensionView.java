package eu.csar.retention.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * An authority's extension of a case's retention (or a reviewer's confirmation that a report's
 * personal data are still necessary): the case, until when, on which legal basis, by whom. It ends by
 * itself: after {@code until} the sweep takes the case's data again.
 */
public record RetentionExtensionView(UUID id, String subjectType, String subjectId, String kind, String legalBasis,
                                     Instant until, String requestedBy, Instant requestedAt) implements Serializable {
}
