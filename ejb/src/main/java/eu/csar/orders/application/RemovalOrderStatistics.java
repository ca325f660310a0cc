package eu.csar.orders.application;

import eu.csar.orders.domain.RemovalOrderAction;
import eu.csar.orders.domain.RemovalOrderRepository;
import eu.csar.orders.domain.RemovalTime;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.shared.domain.ProviderId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Time to removal per provider and over all (issue 10 §3): what the portal shows next to the
 * orders, and what the transparency reports will use. Scoped like the order list (a provider its
 * own orders, an authority its Member States', the EU Centre all); the read is audited.
 */
@Stateless
public class RemovalOrderStatistics {

    @Inject
    RemovalOrderRepository orders;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ISSUING_AUTHORITY, Roles.COORDINATING_AUTHORITY, Roles.PROVIDER, Roles.CENTRE_ADMIN,
            Roles.CENTRE_REVIEWER, Roles.CENTRE_AUDITOR})
    public TimeToRemoval timeToRemoval() {
        OrderVisibility.ListScope scope = OrderVisibility.listScope(caller);
        List<RemovalTime> times = scope.none() ? List.of() : orders.removalTimes(scope.provider(), scope.memberStates());
        TimeToRemoval result = of(times);
        audit.success(RemovalOrderAction.REMOVAL_ORDER_STATISTICS_READ, null, RemovalOrderMoves.PURPOSE
                + "; time to removal over " + times.size() + " orders of " + result.perProvider().size() + " providers");
        return result;
    }

    /** The figures of {@code times}: providers in name order. */
    static TimeToRemoval of(List<RemovalTime> times) {
        Map<UUID, List<RemovalTime>> byProvider = new LinkedHashMap<>();
        times.stream().sorted(Comparator.comparing(RemovalTime::providerName).thenComparing(RemovalTime::providerId))
                .forEach(t -> byProvider.computeIfAbsent(t.providerId(), k -> new ArrayList<>()).add(t));
        List<TimeToRemoval.Row> rows = byProvider.values().stream()
                .map(list -> row(new ProviderId(list.get(0).providerId()), list.get(0).providerName(), list)).toList();
        return new TimeToRemoval(row(null, null, times), rows);
    }

    private static TimeToRemoval.Row row(ProviderId provider, String name, List<RemovalTime> times) {
        List<Duration> taken = times.stream().filter(t -> t.executedAt() != null && t.receivedAt() != null)
                .map(t -> Duration.between(t.receivedAt(), t.executedAt())).sorted().toList();
        int late = (int) times.stream().filter(t -> t.executionOverdueAt() != null).count();
        return new TimeToRemoval.Row(provider, name, taken.size(), percentile(taken, 50), percentile(taken, 90), late);
    }

    /** Nearest rank: the smallest value with at least {@code p} per cent of the values at or below it. */
    static Duration percentile(List<Duration> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
