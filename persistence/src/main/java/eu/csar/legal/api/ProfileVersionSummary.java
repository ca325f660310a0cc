package eu.csar.legal.api;

import java.io.Serializable;
import java.time.Instant;

/** One imported version of a legal profile, as the list of profiles shows it. */
public record ProfileVersionSummary(ProfileRef ref, String title, Instant importedAt, String importedBy,
                                    int valueCount, int pendingReview, int inherited) implements Serializable {
}
