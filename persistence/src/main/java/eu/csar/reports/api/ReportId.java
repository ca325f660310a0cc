package eu.csar.reports.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one report of a provider (Art 12); opaque, printed as the UUID alone. */
public record ReportId(UUID value) implements Serializable {

    public ReportId {
        Objects.requireNonNull(value, "value");
    }

    public static ReportId random() {
        return new ReportId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
