package eu.csar.notification.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * What a notification is about, as its inbox names and links it: the object's type as the audit
 * trail spells it ({@code Provider}, {@code DetectionOrder}, {@code RemovalOrder}, {@code Complaint}),
 * its id and a label for people (a provider's legal name, an order's reference).
 */
public record NoticeSubject(String type, UUID id, String label) implements Serializable {

    public NoticeSubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
