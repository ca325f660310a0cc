package eu.csar.legal.api;

/**
 * Where a deadline stands. {@code SCHEDULED}: running towards its due time; {@code PAUSED}: the clock
 * is stopped (force majeure), the remaining time kept; {@code FIRED}: the due time was reached and the
 * owning workflow told, once; {@code ESCALATED}: overdue and handed to the escalation target;
 * {@code CANCELLED}: no longer running (the case was closed in time or withdrawn).
 */
public enum DeadlineState {
    SCHEDULED, PAUSED, FIRED, ESCALATED, CANCELLED
}
