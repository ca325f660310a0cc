package eu.csar.orders.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one request to reassess a blocked URL (orders context); opaque, printed as the UUID alone. */
public record ReassessmentRequestId(UUID value) implements Serializable {

    public ReassessmentRequestId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
