package eu.csar.orders.domain;

import eu.csar.orders.api.RemovalOrderState;

import java.time.Instant;
import java.util.Set;

/**
 * Which orders a list shows, besides who may see them: in one of {@code states} (empty: any); with
 * an open clock (acknowledgement not yet given, or execution not yet reported and not paused) due
 * before {@code dueBefore} (null: any); only those past a deadline and still open ({@code overdue}:
 * escalated, or the execution period ran out without an execution report).
 */
public record RemovalOrderFilter(Set<RemovalOrderState> states, Instant dueBefore, boolean overdue) {

    public RemovalOrderFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
    }

    public static RemovalOrderFilter none() {
        return new RemovalOrderFilter(Set.of(), null, false);
    }
}
