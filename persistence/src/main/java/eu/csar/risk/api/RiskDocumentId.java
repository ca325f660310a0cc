package eu.csar.risk.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one document attached to a risk assessment; opaque, printed as the UUID alone. */
public record RiskDocumentId(UUID value) implements Serializable {

    public RiskDocumentId {
        Objects.requireNonNull(value, "value");
    }

    public static RiskDocumentId of(String value) {
        return new RiskDocumentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
