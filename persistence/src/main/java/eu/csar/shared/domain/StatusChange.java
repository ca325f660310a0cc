package eu.csar.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What every status-history row records, whatever the workflow: who moved the object, when and
 * why. Each workflow's history entity extends this with its owner and its typed states and event
 * (e.g. {@code ProviderStatusChange}); rows are written by the aggregate in the same transaction as
 * the move and never changed afterwards.
 */
@MappedSuperclass
public abstract class StatusChange {

    @Id
    private UUID id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 200)
    private String actor;

    @Column(name = "reason", length = 500)
    private String reason;

    protected StatusChange() {
    }

    protected StatusChange(String actor, String reason, Instant at) {
        this.id = UUID.randomUUID();
        this.actor = actor == null || actor.isBlank() ? "system" : actor;
        this.reason = reason;
        this.occurredAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    public UUID id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    /** Why, as the actor gave it; null where the event needs no reason. */
    public String reason() {
        return reason;
    }
}
