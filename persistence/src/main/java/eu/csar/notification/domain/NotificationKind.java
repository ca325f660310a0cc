package eu.csar.notification.domain;

/** What a notification is about; the portal renders each kind with its own text. */
public enum NotificationKind {
    PROVIDER_CONTACT_POINT_CHANGED,
    PROVIDER_LEGAL_REPRESENTATIVE_CHANGED
}
