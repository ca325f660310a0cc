package eu.csar.notification.domain;

/**
 * What a notification tells its authority about a provider; the portal renders each kind with its
 * own text, built with the notification's change codes in the reader's language.
 */
public enum NotificationKind {
    /** The provider stays under the recipient's jurisdiction and changed part of its entry. */
    PROVIDER_CHANGED,
    /** A change brought the provider under the recipient's jurisdiction. */
    PROVIDER_ENTERED_JURISDICTION,
    /** A change took the provider out of the recipient's jurisdiction (Art 26): its entry is no longer the recipient's to open. */
    PROVIDER_LEFT_JURISDICTION;

    /** The kind for an authority that was, or is now, competent for the changed provider. */
    public static NotificationKind forAuthority(boolean wasCompetent, boolean isCompetent) {
        if (!wasCompetent && !isCompetent) {
            throw new IllegalArgumentException("an authority never competent for the provider is not told");
        }
        if (wasCompetent && isCompetent) {
            return PROVIDER_CHANGED;
        }
        return isCompetent ? PROVIDER_ENTERED_JURISDICTION : PROVIDER_LEFT_JURISDICTION;
    }
}
