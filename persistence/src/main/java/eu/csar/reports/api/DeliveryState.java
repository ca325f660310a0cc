package eu.csar.reports.api;

/**
 * Where one delivery of a forwarded report to one recipient stands (Art 48(3)): PENDING until the
 * recipient acknowledged it (also while it is being retried), DELIVERED once it did, FAILED when the
 * recipient refused it for good (a 4xx other than 408 and 429: retrying would not help), DEAD after
 * the last allowed attempt (the job then rests on the dead-letter queue).
 */
public enum DeliveryState {
    PENDING,
    DELIVERED,
    FAILED,
    DEAD;

    /** Whether nothing more happens to the delivery (a redelivered job leaves it alone). */
    public boolean settled() {
        return this != PENDING;
    }
}
