package eu.csar.reports.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The EU Centre's triage of one finished report (issue 11 §2): whether its evidence matches known
 * material (ACTIVE indicators) and whether the same item was reported before (an earlier report's
 * evidence with the same digest or a PDQ hash within distance 31), with the hits that say so and a
 * score for the review desk. Its own record beside the report: the report's workflow is not moved.
 * Written once per report (the report's id is the key); changed after only when an earlier report of
 * the same item is triaged after it: that triage adds its SEEN_BEFORE hits here and sets
 * {@code seen_before} and the score ({@link TriageRepository#addToLater}, in SQL: this entity's columns
 * stay not updatable).
 */
@Entity
@Table(name = "report_triage")
public class TriageResult {

    @Id
    @Column(name = "report_id")
    private UUID reportId;

    @Column(name = "job_message_id", nullable = false, updatable = false)
    private String jobMessageId;

    @Column(nullable = false, updatable = false)
    private boolean urgent;

    @Column(nullable = false, updatable = false)
    private boolean known;

    @Column(name = "seen_before", nullable = false, updatable = false)
    private boolean seenBefore;

    @Column(nullable = false, updatable = false)
    private int score;

    @Column(name = "hashes_computed", nullable = false, updatable = false)
    private int hashesComputed;

    @Column(name = "completed_at", nullable = false, updatable = false)
    private Instant completedAt;

    @OneToMany(mappedBy = "triage", cascade = CascadeType.PERSIST)
    @OrderBy("position, hit")
    private List<TriageHit> hits = new ArrayList<>();

    protected TriageResult() {
    }

    /** The triage of {@code report} as the job {@code jobMessageId} found it; the score follows {@link TriageScore}. */
    public TriageResult(Report report, String jobMessageId, List<TriageHit.Found> found, int hashesComputed, Instant at) {
        this.reportId = report.id().value();
        this.jobMessageId = Objects.requireNonNull(jobMessageId, "jobMessageId");
        this.urgent = report.urgent();
        for (TriageHit.Found f : found) {
            hits.add(new TriageHit(this, f));
        }
        this.known = hits.stream().anyMatch(h -> h.hit() == TriageHit.Kind.KNOWN);
        this.seenBefore = hits.stream().anyMatch(h -> h.hit() == TriageHit.Kind.SEEN_BEFORE);
        this.score = TriageScore.of(urgent, known, seenBefore);
        this.hashesComputed = hashesComputed;
        this.completedAt = Objects.requireNonNull(at, "at");
    }

    public UUID reportId() {
        return reportId;
    }

    public String jobMessageId() {
        return jobMessageId;
    }

    public boolean urgent() {
        return urgent;
    }

    public boolean known() {
        return known;
    }

    public boolean seenBefore() {
        return seenBefore;
    }

    public int score() {
        return score;
    }

    public int hashesComputed() {
        return hashesComputed;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public List<TriageHit> hits() {
        return Collections.unmodifiableList(hits);
    }

    /** The earlier reports that hold the same item, each once, in the order found. */
    public List<UUID> earlierReports() {
        return hits.stream().filter(h -> h.hit() == TriageHit.Kind.SEEN_BEFORE).map(TriageHit::earlierReportId).distinct().toList();
    }
}
