package eu.csar.reports.domain;

import eu.csar.reports.api.EvidenceKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Objects;
import java.util.UUID;

/**
 * One finding of a report's triage for one evidence item: it matches an ACTIVE indicator
 * ({@link Kind#KNOWN}, naming the indicator) or an earlier report's evidence
 * ({@link Kind#SEEN_BEFORE}, naming that report), at a Hamming distance (0 for a digest).
 */
@Entity
@Table(name = "report_triage_hits")
public class TriageHit {

    /** Known material, or the same item in an earlier report. */
    public enum Kind { KNOWN, SEEN_BEFORE }

    /** Whether the hash was the provider's or computed by triage from content in the vault. */
    public enum Source { PROVIDED, COMPUTED }

    /** A finding before it is stored: exactly one of {@code indicatorId} and {@code earlierReportId}, as {@code hit} says. */
    public record Found(Kind hit, int position, EvidenceKind hashKind, Source source, UUID indicatorId, UUID earlierReportId,
                        int distance) {
        public Found {
            Objects.requireNonNull(hit, "hit");
            Objects.requireNonNull(hashKind, "hashKind");
            Objects.requireNonNull(source, "source");
            if ((hit == Kind.KNOWN) != (indicatorId != null) || (hit == Kind.SEEN_BEFORE) != (earlierReportId != null)) {
                throw new IllegalArgumentException("a KNOWN hit names an indicator, a SEEN_BEFORE hit an earlier report");
            }
        }

        public static Found known(int position, EvidenceKind kind, Source source, UUID indicator, int distance) {
            return new Found(Kind.KNOWN, position, kind, source, indicator, null, distance);
        }

        public static Found seenBefore(int position, EvidenceKind kind, Source source, UUID earlierReport, int distance) {
            return new Found(Kind.SEEN_BEFORE, position, kind, source, null, earlierReport, distance);
        }
    }

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    private TriageResult triage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind hit;

    @Column(nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "hash_kind", nullable = false, updatable = false)
    private EvidenceKind hashKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "hash_source", nullable = false, updatable = false)
    private Source source;

    @Column(name = "indicator_id", updatable = false)
    private UUID indicatorId;

    @Column(name = "earlier_report_id", updatable = false)
    private UUID earlierReportId;

    @Column(nullable = false, updatable = false)
    private int distance;

    protected TriageHit() {
    }

    TriageHit(TriageResult triage, Found found) {
        this.id = UUID.randomUUID();
        this.triage = triage;
        this.hit = found.hit();
        this.position = found.position();
        this.hashKind = found.hashKind();
        this.source = found.source();
        this.indicatorId = found.indicatorId();
        this.earlierReportId = found.earlierReportId();
        this.distance = found.distance();
    }

    public Kind hit() {
        return hit;
    }

    public int position() {
        return position;
    }

    public EvidenceKind hashKind() {
        return hashKind;
    }

    public Source source() {
        return source;
    }

    public UUID indicatorId() {
        return indicatorId;
    }

    public UUID earlierReportId() {
        return earlierReportId;
    }

    public int distance() {
        return distance;
    }
}
