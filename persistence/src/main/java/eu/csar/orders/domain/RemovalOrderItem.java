package eu.csar.orders.domain;

import eu.csar.orders.api.RemovalItemKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Objects;

/** One item a removal order names: a URL or a content reference on the provider's service; never content. */
@Embeddable
public class RemovalOrderItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private RemovalItemKind kind;

    @Column(name = "locator", nullable = false, updatable = false)
    private String locator;

    protected RemovalOrderItem() {
    }

    public RemovalOrderItem(RemovalItemKind kind, String locator) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.locator = Objects.requireNonNull(locator, "locator");
    }

    public RemovalItemKind kind() {
        return kind;
    }

    public String locator() {
        return locator;
    }
}
