package eu.csar.transparency.domain;

import eu.csar.shared.domain.RuleViolationException;
import eu.csar.transparency.api.PublicationState;
import eu.csar.transparency.api.ReportKind;
import eu.csar.transparency.api.TransparencyReportId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of a transparency report (Art 83-84): whose (kind and scope), for which year, under
 * which legal-profile version and suppression threshold. A DRAFT is generated from the counters and
 * may be generated again; {@link #publish} makes it PUBLISHED for good (V47's trigger refuses any
 * later UPDATE or DELETE of the row and its figures). A correction is the next version and must say
 * what changed.
 */
@Entity
@Table(name = "transparency_reports")
public class TransparencyReport {

    /** The longest correction note (the column's size). */
    public static final int MAX_NOTE = 2000;

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private ReportKind kind;

    @Column(name = "scope", nullable = false, updatable = false)
    private String scope;

    @Column(name = "year", nullable = false, updatable = false)
    private short year;

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private PublicationState state;

    @Column(name = "profile_id", nullable = false)
    private String profileId;

    @Column(name = "profile_version", nullable = false)
    private int profileVersion;

    @Column(name = "suppression_threshold", nullable = false)
    private int suppressionThreshold;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "correction_note")
    private String correctionNote;

    @Column(name = "generated_by", nullable = false)
    private String generatedBy;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected TransparencyReport() {
    }

    /** A new DRAFT version. */
    public static TransparencyReport draft(ReportKind kind, String scope, int year, int version, String profileId, int profileVersion,
                                           int threshold, LocalDate dueOn, String by, Instant at) {
        TransparencyReport r = new TransparencyReport();
        r.id = UUID.randomUUID();
        r.kind = Objects.requireNonNull(kind, "kind");
        r.scope = Objects.requireNonNull(scope, "scope");
        r.year = (short) year;
        r.version = version;
        r.state = PublicationState.DRAFT;
        r.profileId = profileId;
        r.profileVersion = profileVersion;
        r.suppressionThreshold = threshold;
        r.dueOn = dueOn;
        r.generatedBy = by;
        r.generatedAt = at;
        return r;
    }

    /** The draft generated again: the current profile version and threshold. */
    public void regenerate(String profile, int profileVersionNow, int threshold, LocalDate due, String by, Instant at) {
        requireDraft();
        profileId = profile;
        profileVersion = profileVersionNow;
        suppressionThreshold = threshold;
        dueOn = due;
        generatedBy = by;
        generatedAt = at;
    }

    /**
     * Publishes this draft. A correction (version 2 and later) must say what changed: without a note
     * it is refused, naming the field {@code note}.
     */
    public void publish(String note, String by, Instant at) {
        requireDraft();
        String n = note == null ? "" : note.strip();
        if (version > 1 && n.isEmpty()) {
            throw RuleViolationException.invalid("note",
                    "A correction must say what changed (version " + version + ")");
        }
        if (n.length() > MAX_NOTE) {
            throw RuleViolationException.invalid("note", "At most " + MAX_NOTE + " characters");
        }
        correctionNote = n.isEmpty() ? null : n;
        state = PublicationState.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    private void requireDraft() {
        if (state != PublicationState.DRAFT) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, "state",
                    "Version " + version + " is published and cannot change; generate a correction");
        }
    }

    public TransparencyReportId id() {
        return new TransparencyReportId(id);
    }

    public ReportKind kind() {
        return kind;
    }

    public String scope() {
        return scope;
    }

    public int year() {
        return year;
    }

    public int version() {
        return version;
    }

    public PublicationState state() {
        return state;
    }

    public String profileId() {
        return profileId;
    }

    public int profileVersion() {
        return profileVersion;
    }

    public int suppressionThreshold() {
        return suppressionThreshold;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Optional<String> correctionNote() {
        return Optional.ofNullable(correctionNote);
    }

    public String generatedBy() {
        return generatedBy;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public Optional<String> publishedBy() {
        return Optional.ofNullable(publishedBy);
    }
}
