package eu.csar.transparency.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one version of a transparency report (Art 83-84); opaque, printed as the UUID alone. */
public record TransparencyReportId(UUID value) implements Serializable {
    public TransparencyReportId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
