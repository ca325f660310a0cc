package eu.csar.risk.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * A detection order as the risk context knows it: by the id the orders context gave it (its
 * {@code DetectionOrderId}), without depending on that context (Art 3(4), second subparagraph).
 */
public record DetectionOrderRef(UUID value) implements Serializable {

    public DetectionOrderRef {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
