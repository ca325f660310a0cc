package eu.csar.legal.domain;

/**
 * What moves a deadline (see {@link DeadlineLifecycle}). {@code SCHEDULE} starts the history and is
 * no move within the table; {@code REMIND} keeps a running deadline running and only records that the
 * reminder went out; {@code FIRE} and the first {@code ESCALATE} come from the sweep, the others from
 * the owning workflow.
 */
public enum DeadlineEvent {
    SCHEDULE, PAUSE, RESUME, RESTART, EXTEND, REMIND, FIRE, ESCALATE, CANCEL
}
