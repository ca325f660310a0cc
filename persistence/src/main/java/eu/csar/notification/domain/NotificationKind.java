package eu.csar.notification.domain;

/**
 * What a notification tells its authority: about a provider (its codes: what changed), or about an
 * order's clock or a complaint (its codes as each kind says); the portal renders each kind with its
 * own text, built from the codes in the reader's language.
 */
public enum NotificationKind {
    /** The provider stays under the recipient's jurisdiction and changed part of its entry. */
    PROVIDER_CHANGED,
    /** A change brought the provider under the recipient's jurisdiction. */
    PROVIDER_ENTERED_JURISDICTION,
    /** A change took the provider out of the recipient's jurisdiction (Art 26): its entry is no longer the recipient's to open. */
    PROVIDER_LEFT_JURISDICTION,
    /** A deadline is near (a reminder the legal profile asks for); its one code is the deadline's kind, and it has a due time. */
    DEADLINE_REMINDER,
    /** A deadline passed without the step it waited for; its one code is the deadline's kind, and it has the due time. */
    DEADLINE_PASSED,
    /** A complaint about one of the recipient's orders was passed on to it (Art 34); its one code is the Member State that passed it on. */
    COMPLAINT_PASSED_ON,
    /** A removal order was not acknowledged in time and escalated (Art 14); it has the acknowledgement's due time. */
    REMOVAL_ORDER_ESCALATED,
    /** A survivor asked, on the victim page, for help with the removal of their material (Art 21). */
    VICTIM_REMOVAL_HELP_REQUESTED,
    /**
     * Deliveries of forwarded reports to one recipient have waited longer than the operators' alarm allows
     * (Art 48; the recipient fetches them and has not): its codes are the recipient (a Member State's code or
     * EUROPOL), how many were waiting and whether they are urgent ({@code URGENT} or {@code NORMAL}); its due
     * time is when the oldest of them started waiting.
     */
    DELIVERIES_WAITING;

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
