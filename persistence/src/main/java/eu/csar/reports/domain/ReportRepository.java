package eu.csar.reports.domain;

import eu.csar.reports.api.ReportId;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.api.ReportTrace;
import eu.csar.reports.api.ReportType;
import eu.csar.shared.domain.ProviderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Loads and stores providers' reports: the only place that knows their queries. */
@ApplicationScoped
public class ReportRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public Optional<Report> find(ReportId id) {
        return Optional.ofNullable(em.find(Report.class, id.value()));
    }

    /**
     * The report with its evidence items (in position order, the collection's own ordering) in one query,
     * for work that reads them all (triage): {@link #find} and then the lazy collection would be two.
     */
    public Optional<Report> findWithEvidence(ReportId id) {
        return em.createQuery("select r from Report r left join fetch r.evidence where r.id = :id", Report.class)
                .setParameter("id", id.value()).getResultList().stream().findFirst();
    }

    /** The report with its row locked until the transaction ends (moves and attachments of one report queue up). */
    public Optional<Report> findForUpdate(ReportId id) {
        if (em.createNativeQuery("select id from reports where id = ?1 for update").setParameter(1, id.value())
                .getResultList().isEmpty()) {
            return Optional.empty();
        }
        Report report = em.find(Report.class, id.value());
        em.refresh(report);
        return Optional.of(report);
    }

    public boolean exists(ReportId id) {
        return !em.createNativeQuery("select 1 from reports where id = ?1").setParameter(1, id.value())
                .getResultList().isEmpty();
    }

    /**
     * One page of a provider's reports, newest first (opened, then id), in one of {@code states} (empty:
     * any), opened at or after {@code from} and before {@code to} (null: open-ended); served by the
     * index on (provider_id, opened_at).
     */
    public List<Report> page(ProviderId provider, Set<ReportState> states, Instant from, Instant to, int first, int max) {
        var query = em.createQuery("select r from Report r" + where(states, from, to) + " order by r.openedAt desc, r.id",
                Report.class);
        bind(query, provider, states, from, to);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many reports {@link #page} pages through. */
    public long count(ProviderId provider, Set<ReportState> states, Instant from, Instant to) {
        var query = em.createQuery("select count(r) from Report r" + where(states, from, to), Long.class);
        bind(query, provider, states, from, to);
        return query.getSingleResult();
    }

    private static String where(Set<ReportState> states, Instant from, Instant to) {
        List<String> conditions = new ArrayList<>(List.of("r.providerId = :provider"));
        if (!states.isEmpty()) {
            conditions.add("r.state in :states");
        }
        if (from != null) {
            conditions.add("r.openedAt >= :from");
        }
        if (to != null) {
            conditions.add("r.openedAt < :to");
        }
        return " where " + String.join(" and ", conditions);
    }

    private static void bind(Query query, ProviderId provider, Set<ReportState> states, Instant from,
                             Instant to) {
        query.setParameter("provider", provider.value());
        if (!states.isEmpty()) {
            query.setParameter("states", states);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
    }

    /**
     * The review desk's queue (Art 48): the reports waiting for a reviewer (FINISHED, or a four-eyes
     * finding AWAITING_SECOND_REVIEW) and those held by one, urgent first, then by triage score
     * (highest first), then the oldest first. At most {@code limit} rows.
     * <p>
     * The triage score is the detection job's ({@code report_triage.score}); a report not triaged yet
     * counts 0 and waits behind triaged ones of the same urgency.
     */
    public List<ReviewQueueRow> reviewQueue(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select r.id, r.state, r.report_type, r.urgent, cast(extract(epoch from r.finished_at) * 1000000 as bigint),
                       cast(r.location_country as varchar(2)), (select count(*) from report_evidence e where e.report_id = r.id),
                       r.claimed_by, cast(extract(epoch from r.claimed_at) * 1000000 as bigint), r.proposed_by,
                       coalesce(t.score, 0) as triage_score, coalesce(t.known, false), coalesce(t.seen_before, false)
                  from reports r
                  left join report_triage t on t.report_id = r.id
                 where r.state in ('FINISHED', 'IN_REVIEW', 'AWAITING_SECOND_REVIEW', 'IN_SECOND_REVIEW')
                 order by r.urgent desc, triage_score desc, r.finished_at, r.id
                 limit ?1""").setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new ReviewQueueRow(new ReportId((UUID) r[0]), ReportState.valueOf((String) r[1]),
                ReportType.valueOf((String) r[2]), (Boolean) r[3], instant(r[4]), (String) r[5], ((Number) r[6]).intValue(),
                (String) r[7], instant(r[8]), (String) r[9], ((Number) r[10]).intValue(), (Boolean) r[11],
                (Boolean) r[12])).toList();
    }

    /** An earlier report as the review desk's triage panel names it: its state and when it was finished. */
    public record Earlier(ReportId id, ReportState state, Instant finishedAt) implements Serializable {
    }

    /** The reports {@code ids} names (those that exist), for the triage panel's "seen before". */
    public List<Earlier> earlier(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r.id, r.state, r.finishedAt from Report r where r.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .map(r -> new Earlier(new ReportId((UUID) r[0]), (ReportState) r[1], (Instant) r[2])).toList();
    }

    /**
     * What a survivor may learn of the finished reports {@code ids} names (Art 20), by report: when
     * each was finished, its deliveries (recipient, delivered at) and whether it was removed (the
     * provider's flag, or the earliest removal a removal check found). Reports not finished, or retracted, are left out.
     */
    public Map<UUID, ReportTrace> traces(Collection<UUID> ids) {
        Map<UUID, ReportTrace> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<?> reports = em.createNativeQuery("select r.id, cast(extract(epoch from r.finished_at) * 1000000 as bigint),"
                + " r.removed_or_disabled, (select cast(extract(epoch from min(m.removed_at)) * 1000000 as bigint)"
                + " from report_public_material m where m.report_id = r.id) from reports r"
                + " where r.id in (?1) and r.finished_at is not null and r.state <> 'RETRACTED' order by r.finished_at, r.id")
                .setParameter(1, ids).getResultList();
        Map<UUID, List<ReportTrace.Forwarded>> forwarded = new java.util.HashMap<>();
        List<?> deliveries = em.createNativeQuery("select report_id, recipient,"
                + " cast(extract(epoch from delivered_at) * 1000000 as bigint) from report_deliveries"
                + " where report_id in (?1) order by recipient").setParameter(1, ids).getResultList();
        for (Object row : deliveries) {
            Object[] d = (Object[]) row;
            forwarded.computeIfAbsent((UUID) d[0], k -> new ArrayList<>())
                    .add(new ReportTrace.Forwarded((String) d[1], instant(d[2])));
        }
        for (Object row : reports) {
            Object[] r = (Object[]) row;
            UUID id = (UUID) r[0];
            out.put(id, new ReportTrace(instant(r[1]), List.copyOf(forwarded.getOrDefault(id, List.of())), (Boolean) r[2],
                    instant(r[3])));
        }
        return out;
    }

    /** How many decisions (forward, manifestly unfounded, a first finding or its confirmation) {@code actor} took since {@code since}. */
    public long decisionsBy(String actor, Instant since) {
        return em.createQuery("select count(h) from ReportStatusChange h where h.actor = :actor and h.occurredAt >= :since"
                        + " and h.event in :events", Long.class)
                .setParameter("actor", actor).setParameter("since", since)
                .setParameter("events", Arrays.stream(ReportEvent.values()).filter(ReportEvent::decision).map(Enum::name).toList())
                .getSingleResult();
    }

    /** A time the query gave as microseconds since the epoch (the driver's own time types differ by version). */
    private static Instant instant(Object epochMicros) {
        return epochMicros == null ? null : Instant.EPOCH.plus(((Number) epochMicros).longValue(), ChronoUnit.MICROS);
    }

    public void add(Report report) {
        em.persist(report);
    }

    /**
     * Clears the personal data of the reports (Art 13(1)): user identifiers, IP address and port, location,
     * other data; marks them erased. One set-based update; reports already erased are left alone.
     */
    public int anonymisePersonalData(Collection<UUID> ids, Instant now) {
        return em.createNativeQuery("update reports set ip_address = null, ip_port = null, location_observed_at = null,"
                        + " location_country = null, user_identifiers = null, other_data = null,"
                        + " personal_data_erased_at = :now, version = version + 1 where id in (:ids) and personal_data_erased_at is null")
                .setParameter("now", java.sql.Timestamp.from(now)).setParameter("ids", ids).executeUpdate();
    }

    public void flush() {
        em.flush();
    }
}
