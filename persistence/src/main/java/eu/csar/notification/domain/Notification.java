package eu.csar.notification.domain;

import eu.csar.notification.api.InboxAddress;
import eu.csar.notification.api.NoticeSubject;
import eu.csar.notification.api.NotificationId;
import eu.csar.shared.domain.MemberState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A message in the inbox of one authority (a Member State's Coordinating Authority or the EU
 * Centre); carries references and codes, not content: which object, what happened as codes (for a
 * provider's change: what changed, e.g. {@code LEGAL_REPRESENTATIVE}, and which Member States were
 * competent before and after; for a deadline reminder: the deadline's kind and due time), so that
 * each reader gets the text in their own language. Read once for the whole authority, by the first
 * user who marks it; that user and the time stay.
 */
@Entity
@Table(name = "notifications")
public class Notification {

    @Id
    private UUID id;

    @Column(nullable = false, length = 50)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;

    @Column(name = "subject_label", nullable = false)
    private String subjectLabel;

    /** Comma-separated change codes, e.g. "CONTACT_POINT,LEGAL_REPRESENTATIVE". */
    @Column(nullable = false)
    private String changes;

    @Column(name = "competent_before", nullable = false)
    private String competentBefore;

    @Column(name = "competent_after", nullable = false)
    private String competentAfter;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "read_by")
    private String readBy;

    @Column(name = "source_message_id", nullable = false)
    private String sourceMessageId;

    protected Notification() {
    }

    /** A notification for {@code recipient} about a change of the subject, delivered at {@code createdAt}. */
    public Notification(InboxAddress recipient, NotificationKind kind, Subject subject, Change change, Instant createdAt,
                        String sourceMessageId) {
        this.id = NotificationId.random().value();
        this.recipient = Objects.requireNonNull(recipient, "recipient").code();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.subjectType = subject.type();
        this.subjectId = subject.id();
        this.subjectLabel = subject.label();
        this.changes = join(change.codes());
        this.competentBefore = join(change.competentBefore().stream().map(Enum::name).toList());
        this.competentAfter = join(change.competentAfter().stream().map(Enum::name).toList());
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.sourceMessageId = Objects.requireNonNull(sourceMessageId, "sourceMessageId");
    }

    /**
     * A notice about an object of another context (an order, a complaint), not a provider's change:
     * {@code codes} say what happened in the kind's terms, {@code dueAt} when the deadline it is
     * about falls due (null if none).
     */
    public static Notification notice(InboxAddress recipient, NotificationKind kind, NoticeSubject about, List<String> codes,
                                      Instant dueAt, Instant createdAt, String sourceId) {
        Notification n = new Notification(recipient, kind, new Subject(about.type(), about.id(), about.label()),
                new Change(codes, Set.of(), Set.of()), createdAt, sourceId);
        n.dueAt = dueAt;
        return n;
    }

    /** What the notification is about, e.g. a provider by id and legal name. */
    public record Subject(String type, UUID id, String label) {
        public Subject {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
        }
    }

    /** What changed (codes) and who was competent before and after. */
    public record Change(List<String> codes, Set<MemberState> competentBefore, Set<MemberState> competentAfter) {
        public Change {
            codes = codes.stream().sorted().toList();
            competentBefore = Set.copyOf(competentBefore);
            competentAfter = Set.copyOf(competentAfter);
        }
    }

    /**
     * Marks the notification read by {@code reader}; a notification already read keeps its first
     * reader and time. Returns whether this call marked it.
     */
    public boolean markRead(String reader, Instant at) {
        if (readAt != null) {
            return false;
        }
        readAt = Objects.requireNonNull(at, "at");
        readBy = Objects.requireNonNull(reader, "reader");
        return true;
    }

    public NotificationId id() {
        return new NotificationId(id);
    }

    public InboxAddress recipient() {
        return new InboxAddress(recipient);
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

    public List<String> changes() {
        return split(changes);
    }

    public Set<MemberState> competentBefore() {
        return memberStates(competentBefore);
    }

    public Set<MemberState> competentAfter() {
        return memberStates(competentAfter);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When the deadline a reminder is about falls due; empty for other notifications. */
    public Optional<Instant> dueAt() {
        return Optional.ofNullable(dueAt);
    }

    public Optional<Instant> readAt() {
        return Optional.ofNullable(readAt);
    }

    /** Who marked it read; empty while unread, and for notifications read before readers were recorded. */
    public Optional<String> readBy() {
        return Optional.ofNullable(readBy);
    }

    public String sourceMessageId() {
        return sourceMessageId;
    }

    private static String join(Collection<String> codes) {
        return codes.stream().sorted().collect(Collectors.joining(","));
    }

    private static List<String> split(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.stream(codes.split(",")).toList();
    }

    private static Set<MemberState> memberStates(String codes) {
        Set<MemberState> states = EnumSet.noneOf(MemberState.class);
        split(codes).stream().map(MemberState::valueOf).forEach(states::add);
        return states;
    }
}
