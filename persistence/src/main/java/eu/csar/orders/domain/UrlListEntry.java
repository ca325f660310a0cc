package eu.csar.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the EU Centre's URL list that a blocking or delisting order names: the indicator's
 * id and its URL as it stood when the order was issued (never content). An entry a reassessment
 * found mistaken is lifted from the order (the provider unblocks it); it stays listed, with the time.
 */
@Embeddable
public class UrlListEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "indicator_id", nullable = false, updatable = false)
    private UUID indicatorId;

    @Column(name = "url", nullable = false, updatable = false)
    private String url;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    protected UrlListEntry() {
    }

    public UrlListEntry(UUID indicatorId, String url) {
        this.indicatorId = Objects.requireNonNull(indicatorId, "indicatorId");
        this.url = Objects.requireNonNull(url, "url");
    }

    public UUID indicatorId() {
        return indicatorId;
    }

    public String url() {
        return url;
    }

    /** When a reassessment lifted the entry from the order; null while it applies. */
    public Instant liftedAt() {
        return liftedAt;
    }

    void lift(Instant at) {
        liftedAt = at;
    }
}
