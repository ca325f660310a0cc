package eu.csar.indicators.domain;

import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.api.ProvenanceSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An indicator set (Art 44): one of the three top-level sets (known images, known videos, URL list)
 * or a sub-set of one by source, like HMA's banks. A set holds only the kinds it names.
 */
@Entity
@Table(name = "indicator_sets")
public class IndicatorSet {

    @Id
    private UUID id;

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Column(name = "parent_id", updatable = false)
    private UUID parentId;

    @Column(name = "kinds", nullable = false)
    private String kinds;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", updatable = false)
    private ProvenanceSource source;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IndicatorSet() {
    }

    public IndicatorSetId id() {
        return new IndicatorSetId(id);
    }

    public String code() {
        return code;
    }

    public Optional<IndicatorSetId> parent() {
        return Optional.ofNullable(parentId).map(IndicatorSetId::new);
    }

    public Set<IndicatorKind> kinds() {
        Set<IndicatorKind> set = EnumSet.noneOf(IndicatorKind.class);
        Arrays.stream(kinds.split(",")).map(String::trim).filter(k -> !k.isEmpty()).map(IndicatorKind::valueOf).forEach(set::add);
        return set;
    }

    public boolean holds(IndicatorKind kind) {
        return kinds().contains(kind);
    }

    /** Null for a top-level set. */
    public ProvenanceSource source() {
        return source;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
