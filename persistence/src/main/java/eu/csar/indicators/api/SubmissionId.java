package eu.csar.indicators.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one submission of indicators (indicators context); opaque, printed as the UUID alone. */
public record SubmissionId(UUID value) implements Serializable {

    public SubmissionId {
        Objects.requireNonNull(value, "value");
    }

    public static SubmissionId random() {
        return new SubmissionId(UUID.randomUUID());
    }

    /** Parses the UUID text; {@link IllegalArgumentException} if it is not one. */
    public static SubmissionId of(String text) {
        return new SubmissionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
