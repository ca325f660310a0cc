package eu.csar.knowledge.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one knowledge article (all its versions); opaque, printed as the UUID alone. */
public record ArticleId(UUID value) implements Serializable {

    public ArticleId {
        Objects.requireNonNull(value, "value");
    }

    public static ArticleId of(String value) {
        return new ArticleId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
