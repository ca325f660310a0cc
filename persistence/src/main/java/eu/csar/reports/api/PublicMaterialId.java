package eu.csar.reports.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one public URL of a report under removal checks (a row of the centre's list). */
public record PublicMaterialId(UUID value) implements Serializable {

    public PublicMaterialId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
