package eu.csar.orders.domain;

import eu.csar.orders.api.OpenDeadline;
import eu.csar.orders.api.OrderCount;
import eu.csar.orders.api.OrderKind;
import eu.csar.orders.api.UrlListOrderType;
import eu.csar.shared.domain.MemberState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The queries over orders of every kind at once: the open deadlines of the orders of some Member
 * States (the deadline calendar) and the number of orders per kind, Member State and state (the EU
 * Centre's statistics, counted by PostgreSQL with {@code group by}). {@code memberStates} null: all.
 */
@ApplicationScoped
public class OrderOverviewRepository {

    private static final String REMOVAL = "select o.id, o.reference, o.issuingMemberState, %s from RemovalOrder o where %s";
    private static final String URL_LIST = "select o.id, o.reference, o.issuingMemberState, %s, o.type from UrlListOrder o where %s";
    private static final String DETECTION = "select o.id, o.reference, o.memberState, %s from DetectionOrder o where %s";
    private static final String URL_LIST_OPEN = "o.state not in (eu.csar.orders.api.UrlListOrderState.REVOKED,"
            + " eu.csar.orders.api.UrlListOrderState.EXPIRED)";

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    /** The open deadlines of the orders of {@code kinds} issued for {@code memberStates}, soonest first. */
    public List<OpenDeadline> openDeadlines(Set<OrderKind> kinds, Set<MemberState> memberStates) {
        List<OpenDeadline> found = new ArrayList<>();
        if (kinds.contains(OrderKind.REMOVAL)) {
            found.addAll(deadlines(REMOVAL, "o.issuingMemberState", "acknowledgement", "o.acknowledgementDueAt",
                    "o.state in (eu.csar.orders.api.RemovalOrderState.TRANSMITTED, eu.csar.orders.api.RemovalOrderState.ESCALATED)",
                    memberStates, OrderKind.REMOVAL));
            found.addAll(deadlines(REMOVAL, "o.issuingMemberState", "execution", "o.executionDueAt",
                    "o.state = eu.csar.orders.api.RemovalOrderState.RECEIVED", memberStates, OrderKind.REMOVAL));
        }
        if (kinds.contains(OrderKind.BLOCKING) || kinds.contains(OrderKind.DELISTING)) {
            List<OpenDeadline> urlList = new ArrayList<>();
            urlList.addAll(deadlines(URL_LIST, "o.issuingMemberState", "reassessment", "o.reassessmentDueAt",
                    URL_LIST_OPEN + " and o.reassessmentOverdueAt is null", memberStates, null));
            urlList.addAll(deadlines(URL_LIST, "o.issuingMemberState", "end", "o.endsAt", URL_LIST_OPEN, memberStates, null));
            urlList.stream().filter(d -> kinds.contains(d.kind())).forEach(found::add);
        }
        if (kinds.contains(OrderKind.DETECTION)) {
            String consultation = "o.state = eu.csar.orders.domain.DetectionOrderState.IN_CONSULTATION";
            found.addAll(deadlines(DETECTION, "o.memberState", "comments", "o.commentsDueAt", consultation, memberStates,
                    OrderKind.DETECTION));
            found.addAll(deadlines(DETECTION, "o.memberState", "opinion", "o.opinionDueAt", consultation + " and o.opinionAt is null",
                    memberStates, OrderKind.DETECTION));
            found.addAll(deadlines(DETECTION, "o.memberState", "appeal", "o.appealWindowClosesAt",
                    "o.state = eu.csar.orders.domain.DetectionOrderState.RECEIVED", memberStates, OrderKind.DETECTION));
            found.addAll(deadlines(DETECTION, "o.memberState", "start", "o.startAt",
                    "o.state = eu.csar.orders.domain.DetectionOrderState.FINAL", memberStates, OrderKind.DETECTION));
            found.addAll(deadlines(DETECTION, "o.memberState", "end", "o.endAt",
                    "o.state in (eu.csar.orders.domain.DetectionOrderState.IN_FORCE,"
                            + " eu.csar.orders.domain.DetectionOrderState.MID_TERM_REPORT_DUE)", memberStates, OrderKind.DETECTION));
        }
        found.sort(Comparator.comparing(OpenDeadline::dueAt).thenComparing(OpenDeadline::reference));
        return found;
    }

    /** The number of orders per kind, Member State and state, counted by the database. */
    public List<OrderCount> counts() {
        List<OrderCount> counts = new ArrayList<>();
        em.createQuery("select o.issuingMemberState, o.state, count(o) from RemovalOrder o"
                        + " group by o.issuingMemberState, o.state", Object[].class).getResultList()
                .forEach(r -> counts.add(new OrderCount(OrderKind.REMOVAL, (MemberState) r[0], ((Enum<?>) r[1]).name(), (Long) r[2])));
        em.createQuery("select o.type, o.issuingMemberState, o.state, count(o) from UrlListOrder o"
                        + " group by o.type, o.issuingMemberState, o.state", Object[].class).getResultList()
                .forEach(r -> counts.add(new OrderCount(OrderKind.of((UrlListOrderType) r[0]), (MemberState) r[1],
                        ((Enum<?>) r[2]).name(), (Long) r[3])));
        em.createQuery("select o.memberState, o.state, count(o) from DetectionOrder o"
                        + " group by o.memberState, o.state", Object[].class).getResultList()
                .forEach(r -> counts.add(new OrderCount(OrderKind.DETECTION, (MemberState) r[0], ((Enum<?>) r[1]).name(), (Long) r[2])));
        return counts;
    }

    private List<OpenDeadline> deadlines(String select, String memberStateField, String name, String dueField, String condition,
                                         Set<MemberState> memberStates, OrderKind kind) {
        boolean scoped = memberStates != null;
        if (scoped && memberStates.isEmpty()) {
            return List.of();
        }
        String where = condition + " and " + dueField + " is not null" + (scoped ? " and " + memberStateField + " in :states" : "");
        TypedQuery<Object[]> query = em.createQuery(String.format(select, dueField, where), Object[].class);
        if (scoped) {
            query.setParameter("states", memberStates);
        }
        return query.getResultList().stream().map(r -> new OpenDeadline(
                kind != null ? kind : OrderKind.of((UrlListOrderType) r[4]), (UUID) r[0], (String) r[1], (MemberState) r[2],
                name, (Instant) r[3])).toList();
    }
}
