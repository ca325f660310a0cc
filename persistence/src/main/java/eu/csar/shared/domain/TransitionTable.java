package eu.csar.shared.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The moves a workflow allows: from a state, on an event, to the next state. Every workflow of the
 * platform (provider status, and later orders, indicators, reports) keeps its states in one such
 * table, so that an illegal move is refused in one place with one error, and the page can offer
 * exactly the events that are possible from the current state as buttons. Immutable once built.
 *
 * @param <S> the states
 * @param <E> the events that move between them
 */
public final class TransitionTable<S extends Enum<S>, E extends Enum<E>> {

    private final String subject;
    private final Class<E> eventType;
    private final Map<S, Map<E, S>> moves;

    private TransitionTable(String subject, Class<E> eventType, Map<S, Map<E, S>> moves) {
        this.subject = subject;
        this.eventType = eventType;
        this.moves = moves;
    }

    /** Starts a table for {@code subject} (as users name it, e.g. "provider"). */
    public static <S extends Enum<S>, E extends Enum<E>> Builder<S, E> of(String subject, Class<S> states, Class<E> events) {
        return new Builder<>(subject, states, events);
    }

    /**
     * The state {@code event} leads to from {@code from}.
     *
     * @throws RuleViolationException ({@link RuleViolationException.Code#NOT_PERMITTED_IN_STATE}) if
     *         the table has no such move; nothing may then change
     */
    public S next(S from, E event) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(event, "event");
        S to = moves.get(from).get(event);
        if (to == null) {
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "The " + subject + " is " + from + ": " + event + " is not possible from there" + possibleHint(from));
        }
        return to;
    }

    public boolean permits(S from, E event) {
        return moves.get(from).containsKey(event);
    }

    /** The events possible from {@code from}, in declaration order (what a page offers as actions). */
    public Set<E> eventsFrom(S from) {
        Set<E> events = EnumSet.noneOf(eventType);
        events.addAll(moves.get(from).keySet());
        return Collections.unmodifiableSet(events);
    }

    private String possibleHint(S from) {
        Set<E> possible = eventsFrom(from);
        return possible.isEmpty() ? " (no event is)"
                : " (possible: " + possible.stream().map(Enum::name).collect(Collectors.joining(", ")) + ")";
    }

    /** Collects the allowed moves; each (state, event) pair may lead to one state only. */
    public static final class Builder<S extends Enum<S>, E extends Enum<E>> {
        private final String subject;
        private final Class<E> eventType;
        private final Map<S, Map<E, S>> moves;

        private Builder(String subject, Class<S> states, Class<E> events) {
            this.subject = subject;
            this.eventType = events;
            this.moves = new EnumMap<>(states);
            for (S state : states.getEnumConstants()) {
                moves.put(state, new EnumMap<>(events));
            }
        }

        public Builder<S, E> allow(S from, E event, S to) {
            S previous = moves.get(from).putIfAbsent(event, Objects.requireNonNull(to, "to"));
            if (previous != null) {
                throw new IllegalStateException(from + " --" + event + "--> is declared twice");
            }
            return this;
        }

        public TransitionTable<S, E> build() {
            Map<S, Map<E, S>> frozen = new EnumMap<>(moves);
            frozen.replaceAll((state, next) -> Collections.unmodifiableMap(new EnumMap<>(next)));
            return new TransitionTable<>(subject, eventType, Collections.unmodifiableMap(frozen));
        }
    }
}
