package eu.csar.reports.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What a survivor may learn of one report that held an item matching their hash (Art 20): when it
 * was reported to the Centre, to whom the Centre forwarded it (a Member State's law enforcement, by
 * its code, or {@code EUROPOL}) and when, and whether the material was removed (the provider said so
 * in the report, or a removal check found the public URL gone, with the time). No ids, no provider,
 * no content, nothing of other persons.
 */
public record ReportTrace(Instant reportedAt, List<Forwarded> forwardedTo, boolean removedByProvider, Instant removedAt)
        implements Serializable {

    /** One recipient the report was forwarded to; {@code deliveredAt} is null while the delivery is pending. */
    public record Forwarded(String recipient, Instant deliveredAt) implements Serializable {
    }
}
