package eu.csar.notification.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of one notification in an authority's inbox; opaque, printed as the UUID alone. */
public record NotificationId(UUID value) implements Serializable {

    public NotificationId {
        Objects.requireNonNull(value, "value");
    }

    public static NotificationId random() {
        return new NotificationId(UUID.randomUUID());
    }

    /** Parses the UUID text; {@link IllegalArgumentException} if it is not one. */
    public static NotificationId of(String text) {
        return new NotificationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
