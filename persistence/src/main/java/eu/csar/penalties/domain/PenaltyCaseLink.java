package eu.csar.penalties.domain;

import eu.csar.penalties.api.LinkKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;
import java.util.UUID;

/**
 * An order or report a penalty case concerns, checked when the case is opened to exist and to concern
 * the case's provider; its reference is copied for reading (orders and reports live in other contexts:
 * no foreign key).
 */
@Embeddable
public class PenaltyCaseLink {

    @Enumerated(EnumType.STRING)
    @Column(name = "link_kind", nullable = false)
    private LinkKind kind;

    @Column(name = "object_id", nullable = false)
    private UUID objectId;

    @Column(name = "reference", nullable = false)
    private String reference;

    protected PenaltyCaseLink() {
    }

    public PenaltyCaseLink(LinkKind kind, UUID objectId, String reference) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.objectId = Objects.requireNonNull(objectId, "objectId");
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    public LinkKind kind() {
        return kind;
    }

    public UUID objectId() {
        return objectId;
    }

    public String reference() {
        return reference;
    }
}
