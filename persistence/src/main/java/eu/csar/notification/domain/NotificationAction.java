package eu.csar.notification.domain;

import eu.csar.audit.api.AuditAction;

/** What the inboxes record on the audit trail. */
public enum NotificationAction implements AuditAction {
    /** The platform put notifications about a provider into the competent authorities' inboxes. */
    NOTIFICATION_DELIVERED("Provider"),
    /** The platform put a notice about an order's deadline or a complaint into an authority's inbox. */
    NOTICE_DELIVERED("Notification"),
    /** An authority's user listed its inbox (the object is the inbox, named by its Member States, e.g. "DE,NL"). */
    INBOX_READ("Inbox"),
    /** A user marked one notification read for the whole authority. */
    NOTIFICATION_MARKED_READ("Notification"),
    /** A user marked every unread notification of its inbox read. */
    NOTIFICATIONS_MARKED_READ("Inbox");

    private final String objectType;

    NotificationAction(String objectType) {
        this.objectType = objectType;
    }

    @Override
    public String objectType() {
        return objectType;
    }
}
