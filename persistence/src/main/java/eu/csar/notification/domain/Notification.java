package eu.csar.notification.domain;

import eu.csar.notification.api.NotificationId;
import eu.csar.shared.domain.MemberState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A message in the inbox of one Member State's authority; carries references, not content. */
@Entity
@Table(name = "notifications")
public class Notification {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_ms", nullable = false)
    private MemberState recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;

    @Column(name = "subject_label", nullable = false)
    private String subjectLabel;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "source_message_id", nullable = false)
    private String sourceMessageId;

    protected Notification() {
    }

    public Notification(MemberState recipient, NotificationKind kind, String subjectType, UUID subjectId,
                        String subjectLabel, Instant createdAt, String sourceMessageId) {
        this.id = NotificationId.random().value();
        this.recipient = recipient;
        this.kind = kind;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.subjectLabel = subjectLabel;
        this.createdAt = createdAt;
        this.sourceMessageId = sourceMessageId;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public NotificationId id() {
        return new NotificationId(id);
    }

    public MemberState recipient() {
        return recipient;
    }

    public NotificationKind kind() {
        return kind;
    }

    public String subjectType() {
        return subjectType;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public String subjectLabel() {
        return subjectLabel;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> readAt() {
        return Optional.ofNullable(readAt);
    }

    public String sourceMessageId() {
        return sourceMessageId;
    }
}
