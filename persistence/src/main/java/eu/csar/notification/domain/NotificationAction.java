package eu.csar.notification.domain;

import eu.csar.audit.api.AuditAction;

/** What the inboxes record on the audit trail. */
public enum NotificationAction implements AuditAction {
    /** The platform put notifications about a provider into the competent authorities' inboxes. */
    NOTIFICATION_DELIVERED("Provider"),
    NOTIFICATION_READ("Notification");

    private final String objectType;

    NotificationAction(String objectType) {
        this.objectType = objectType;
    }

    @Override
    public String objectType() {
        return objectType;
    }
}
