package eu.csar.notification.domain;

import eu.csar.notification.api.InboxAddress;
import eu.csar.notification.api.NotificationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Stores notifications and reads inboxes. */
@ApplicationScoped
public class NotificationRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public void add(Notification notification) {
        em.persist(notification);
    }

    public Optional<Notification> find(NotificationId id) {
        return Optional.ofNullable(em.find(Notification.class, id.value()));
    }

    public boolean alreadyDelivered(String sourceMessageId, InboxAddress recipient) {
        return !em.createQuery("select n.id from Notification n where n.sourceMessageId = :m and n.recipient = :r", UUID.class)
                .setParameter("m", sourceMessageId).setParameter("r", recipient.code())
                .setMaxResults(1).getResultList().isEmpty();
    }

    public List<Notification> inbox(Set<InboxAddress> recipients, int max) {
        if (recipients.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select n from Notification n where n.recipient in :r order by n.createdAt desc", Notification.class)
                .setParameter("r", codes(recipients))
                .setMaxResults(max)
                .getResultList();
    }

    /** How many notifications of these inboxes nobody has marked read yet. */
    public long countUnread(Set<InboxAddress> recipients) {
        if (recipients.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(n) from Notification n where n.recipient in :r and n.readAt is null", Long.class)
                .setParameter("r", codes(recipients))
                .getSingleResult();
    }

    /**
     * Marks every unread notification of these inboxes read by {@code reader} at {@code at},
     * in one statement, so that a notification read meanwhile by someone else keeps its first reader.
     * Returns how many it marked.
     */
    public int markAllRead(Set<InboxAddress> recipients, String reader, Instant at) {
        if (recipients.isEmpty()) {
            return 0;
        }
        return em.createQuery("update Notification n set n.readAt = :at, n.readBy = :by where n.recipient in :r and n.readAt is null")
                .setParameter("at", at).setParameter("by", reader).setParameter("r", codes(recipients))
                .executeUpdate();
    }

    private static List<String> codes(Set<InboxAddress> recipients) {
        return recipients.stream().map(InboxAddress::code).toList();
    }
}
