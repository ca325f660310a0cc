package eu.csar.orders.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.orders.api.RemovalOrderId;
import eu.csar.orders.domain.RemovalOrder;
import eu.csar.orders.domain.RemovalOrderAction;
import eu.csar.orders.domain.RemovalOrderRepository;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A provider's removals as DSA statements of reasons (issue 13 §2): every item of a removal order it
 * executed (Art 14 of COM(2022) 209) is also a content-moderation decision under Art 17 of
 * Regulation (EU) 2022/2065, which it reports to the DSA Transparency Database. The export pages
 * through the provider's own executed orders by execution date in batches the database accepts
 * (checked against {@link DsaStatementRules} before they leave), each statement with a puid that stays
 * the same in every export. Tenancy: a provider sees only the orders addressed to it; another's order
 * is not found. Every export is audited.
 */
@Stateless
public class DsaStatements {

    /** The range an export covers when the caller names no start: a convenience, not a legal period. */
    static final int DEFAULT_DAYS = 30;

    @Inject
    RemovalOrderRepository orders;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * Batch {@code page} (from 0) of the statements for the items the caller executed with an execution
     * date (UTC) from {@code from} to {@code to}, both included; {@code size} statements a batch. Without
     * {@code to}: today on the platform clock; without {@code from}: {@link #DEFAULT_DAYS} days before {@code to}.
     */
    @RolesAllowed(Roles.PROVIDER)
    public DsaStatementBatch export(LocalDate fromOrNull, LocalDate toOrNull, @Min(0) int page,
                                    @Min(1) @Max(DsaStatementRules.MAX_BATCH) int size) {
        LocalDate to = toOrNull != null ? toOrNull : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate from = fromOrNull != null ? fromOrNull : to.minusDays(DEFAULT_DAYS);
        if (to.isBefore(from)) {
            throw RuleViolationException.invalid("to", "The range ends (" + to + ") before it starts (" + from + ")");
        }
        ProviderId provider = provider();
        var start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        var end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<RemovalOrderRepository.ExecutedItem> items = orders.executedItems(provider, start, end, page * size, size);
        long total = orders.countExecutedItems(provider, start, end);
        Map<UUID, DsaStatementOfReasons.Removal> removals = new HashMap<>();
        List<Map<String, Object>> statements = items.stream().map(i -> DsaStatementOfReasons.of(
                removals.computeIfAbsent(i.orderId(), id -> removal(orders.find(new RemovalOrderId(id)).orElseThrow())),
                i.position())).toList();
        checked(statements);
        audit.success(RemovalOrderAction.REMOVAL_ORDER_DSA_STATEMENTS_READ, null, RemovalOrderMoves.PURPOSE
                + "; DSA statements of reasons " + from + " to " + to + ", page " + page + ", " + statements.size() + " of " + total);
        return new DsaStatementBatch(statements, page, size, total);
    }

    /**
     * Batch {@code page} (from 0) of the statements for one executed order addressed to the caller, one per
     * item ({@link DsaStatementRules#MAX_BATCH} a batch; an order names at most 1000 items).
     */
    @RolesAllowed(Roles.PROVIDER)
    public DsaStatementBatch forOrder(@NotNull RemovalOrderId id, @Min(0) int page) {
        RemovalOrderAction action = RemovalOrderAction.REMOVAL_ORDER_DSA_STATEMENTS_READ;
        RemovalOrder order = orders.find(id).filter(o -> OrderVisibility.addressee(caller, o)).orElseThrow(() -> {
            audit.refusal(action, id, RemovalOrderMoves.PURPOSE, AuditOutcome.NOT_FOUND);
            return new UnknownObjectException("RemovalOrder", id);
        });
        if (order.executedAt() == null || order.measureTaken() == null) {
            audit.refusal(action, id, RemovalOrderMoves.PURPOSE + "; not executed", AuditOutcome.REFUSED);
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, null,
                    "The order has not been executed (state " + order.state() + "): there is no decision to report yet");
        }
        DsaStatementOfReasons.Removal removal = removal(order);
        int size = DsaStatementRules.MAX_BATCH;
        int items = order.items().size();
        List<Map<String, Object>> statements = IntStream.range(Math.min(items, page * size), Math.min(items, (page + 1) * size))
                .mapToObj(i -> DsaStatementOfReasons.of(removal, i)).toList();
        checked(statements);
        audit.success(action, id, RemovalOrderMoves.PURPOSE + "; DSA statements of reasons, page " + page + ", "
                + statements.size() + " of " + items);
        return new DsaStatementBatch(statements, page, size, items);
    }

    private ProviderId provider() {
        return caller.providerId().orElseThrow(() -> RuleViolationException.invalid(null,
                "The token names no provider"));
    }

    private void checked(List<Map<String, Object>> statements) {
        if (statements.isEmpty()) {
            return;
        }
        List<DsaStatementRules.Violation> broken = DsaStatementRules.batch(statements,
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        if (!broken.isEmpty()) {
            // a platform fault, not the caller's: never hand out a batch the database would refuse
            throw new IllegalStateException("DSA statements break the database's rules: " + broken);
        }
    }

    static DsaStatementOfReasons.Removal removal(RemovalOrder o) {
        return new DsaStatementOfReasons.Removal(o.id().value(), o.reference(), o.issuingMemberState(), o.issuingAuthority(),
                o.profile().toString(), o.issuedAt(), o.executedAt(), o.measureTaken(), o.items().size());
    }
}
