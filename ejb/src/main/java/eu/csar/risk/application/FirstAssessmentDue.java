package eu.csar.risk.application;

import eu.csar.shared.domain.ProviderId;

import java.io.Serializable;
import java.time.Instant;

/**
 * A provider awaiting its first risk assessment (Art 3(4), first subparagraph), as its Coordinating
 * Authority sees it: registered when, due when, overdue since when (null while not overdue).
 */
public record FirstAssessmentDue(ProviderId provider, String providerName, Instant registeredAt, Instant dueAt,
                                 Instant overdueSince) implements Serializable {

    public boolean overdue() {
        return overdueSince != null;
    }
}
