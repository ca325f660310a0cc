package eu.csar.indicators.domain;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.api.IndicatorSetId;
import eu.csar.indicators.api.IndicatorState;
import eu.csar.indicators.api.SubmissionId;
import eu.csar.shared.domain.MemberState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Loads and stores indicators, sets, submissions and the change feed: the only place that knows their queries. */
@ApplicationScoped
public class IndicatorRepository {

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public Optional<Indicator> find(IndicatorId id) {
        return Optional.ofNullable(em.find(Indicator.class, id.value()));
    }

    /** The indicator with its row locked until the transaction ends (moves of one indicator wait for each other). */
    public Optional<Indicator> findForUpdate(IndicatorId id) {
        if (em.createNativeQuery("select id from indicators where id = ?1 for update").setParameter(1, id.value())
                .getResultList().isEmpty()) {
            return Optional.empty();
        }
        Indicator indicator = em.find(Indicator.class, id.value());
        em.refresh(indicator);
        return Optional.of(indicator);
    }

    /** The indicator of {@code set} with this kind and value, if there is one (one per set, kind and value). */
    public Optional<Indicator> findInSet(IndicatorSetId set, IndicatorKind kind, String value) {
        return em.createQuery("select i from Indicator i where i.setId = :set and i.kind = :kind and i.value = :value", Indicator.class)
                .setParameter("set", set.value()).setParameter("kind", kind).setParameter("value", value)
                .getResultStream().findFirst();
    }

    public List<Indicator> findAll(Collection<IndicatorId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from Indicator i where i.id in :ids", Indicator.class)
                .setParameter("ids", ids.stream().map(IndicatorId::value).distinct().toList()).getResultList();
    }

    /**
     * Of {@code ids}, the indicators that are ACTIVE and have at least one live (not withdrawn) provenance
     * link that a centre reviewer verified; an imported link is unverified until then.
     */
    public Set<IndicatorId> activeWithVerifiedProvenance(Collection<IndicatorId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select distinct p.indicator.id from Provenance p where p.indicator.id in :ids"
                        + " and p.indicator.state = :active and p.verified = true and p.withdrawnAt is null", UUID.class)
                .setParameter("ids", ids.stream().map(IndicatorId::value).distinct().toList())
                .setParameter("active", IndicatorState.ACTIVE).getResultList().stream().map(IndicatorId::new).toList());
    }

    public void add(Indicator indicator) {
        em.persist(indicator);
    }

    public void flush() {
        em.flush();
    }

    /** Appends a row to the change feed now and returns its sequence (the distribution version). */
    public long addChange(IndicatorChange change) {
        em.persist(change);
        em.flush();
        return change.seq();
    }

    public List<IndicatorSet> sets() {
        return em.createQuery("select s from IndicatorSet s order by s.code", IndicatorSet.class).getResultList();
    }

    public Optional<IndicatorSet> set(IndicatorSetId id) {
        return Optional.ofNullable(em.find(IndicatorSet.class, id.value()));
    }

    public Optional<IndicatorSet> setByCode(String code) {
        return em.createQuery("select s from IndicatorSet s where s.code = :code", IndicatorSet.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /**
     * Indicators counted by set and state; {@code memberStates} non-null counts only those with a link
     * from those Member States' submissions.
     */
    public Map<IndicatorSetId, Map<IndicatorState, Long>> countsBySetAndState(Set<MemberState> memberStates) {
        if (memberStates != null && memberStates.isEmpty()) {
            return Map.of();
        }
        String jpql = "select i.setId, i.state, count(i) from Indicator i"
                + (memberStates == null ? "" : " where exists (select p from Provenance p where p.indicator = i and p.memberState in :ms)")
                + " group by i.setId, i.state";
        var query = em.createQuery(jpql, Object[].class);
        if (memberStates != null) {
            query.setParameter("ms", memberStates);
        }
        Map<IndicatorSetId, Map<IndicatorState, Long>> counts = new java.util.HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.computeIfAbsent(new IndicatorSetId((UUID) row[0]), k -> new EnumMap<>(IndicatorState.class))
                    .put((IndicatorState) row[1], (Long) row[2]);
        }
        return counts;
    }

    /** Whether the indicator has a provenance link from one of {@code memberStates}' submissions. */
    public boolean linkedFrom(IndicatorId id, Set<MemberState> memberStates) {
        if (memberStates.isEmpty()) {
            return false;
        }
        return !em.createQuery("select p.id from Provenance p where p.indicator.id = :id and p.memberState in :ms", UUID.class)
                .setParameter("id", id.value()).setParameter("ms", memberStates).setMaxResults(1).getResultList().isEmpty();
    }

    /** Indicators of {@code kind} with exactly this value, optionally only those linked from {@code memberStates}. */
    public List<Indicator> byValue(IndicatorKind kind, String value, Set<MemberState> memberStates, int max) {
        return em.createQuery("select i from Indicator i where i.kind = :kind and i.value = :value"
                        + " order by i.seq", Indicator.class)
                .setParameter("kind", kind).setParameter("value", value)
                .setMaxResults(max).getResultList().stream()
                .filter(i -> memberStates == null || linkedFromAny(i, memberStates)).toList();
    }

    /** URL indicators equal to {@code prefix} or starting with it. */
    public List<Indicator> byUrlPrefix(String prefix, Set<MemberState> memberStates, int max) {
        return em.createQuery("select i from Indicator i where i.kind = :kind and (i.value = :exact or i.value like :prefix escape '!')"
                        + " order by i.value", Indicator.class)
                .setParameter("kind", IndicatorKind.URL).setParameter("exact", prefix)
                .setParameter("prefix", escapeLike(prefix) + "%")
                .setMaxResults(max).getResultList().stream()
                .filter(i -> memberStates == null || linkedFromAny(i, memberStates)).toList();
    }

    /**
     * Every PDQ row as (id, value), streamed in seq order, for an in-Java radius scan; {@code memberStates}
     * non-null: only those linked from them.
     */
    public List<Object[]> pdqRows(Set<MemberState> memberStates) {
        if (memberStates == null) {
            return em.createQuery("select i.id, i.value from Indicator i where i.kind = :kind order by i.seq", Object[].class)
                    .setParameter("kind", IndicatorKind.PDQ).getResultList();
        }
        if (memberStates.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i.id, i.value from Indicator i where i.kind = :kind and exists "
                        + "(select p from Provenance p where p.indicator = i and p.memberState in :ms) order by i.seq", Object[].class)
                .setParameter("kind", IndicatorKind.PDQ).setParameter("ms", memberStates).getResultList();
    }

    /** ACTIVE indicators whose necessity review is due at {@code now}, the most overdue first. */
    public List<Indicator> reviewDue(Instant now, int max) {
        return em.createQuery("select i from Indicator i where i.state = :active and i.reviewDueAt <= :now order by i.reviewDueAt, i.seq", Indicator.class)
                .setParameter("active", IndicatorState.ACTIVE).setParameter("now", now)
                .setMaxResults(max).getResultList();
    }

    /** Ids of DISABLED indicators whose disablement ended at {@code now}. */
    public List<IndicatorId> disablementEnded(Instant now, int max) {
        return em.createQuery("select i.id from Indicator i where i.state = :disabled and i.disabledUntil <= :now order by i.disabledUntil", UUID.class)
                .setParameter("disabled", IndicatorState.DISABLED).setParameter("now", now)
                .setMaxResults(max).getResultList().stream().map(IndicatorId::new).toList();
    }

    // --- submissions ---

    public void add(Submission submission) {
        em.persist(submission);
    }

    public void add(SubmissionLine line) {
        em.persist(line);
    }

    public Optional<Submission> submission(SubmissionId id) {
        return Optional.ofNullable(em.find(Submission.class, id.value()));
    }

    public Optional<Submission> submissionForUpdate(SubmissionId id) {
        if (em.createNativeQuery("select id from indicator_submissions where id = ?1 for update").setParameter(1, id.value())
                .getResultList().isEmpty()) {
            return Optional.empty();
        }
        Submission submission = em.find(Submission.class, id.value());
        em.refresh(submission);
        return Optional.of(submission);
    }

    public List<SubmissionLine> lines(SubmissionId id) {
        return em.createQuery("select l from SubmissionLine l where l.key.submissionId = :id order by l.key.lineNo", SubmissionLine.class)
                .setParameter("id", id.value()).getResultList();
    }

    /** Submissions waiting for verification, oldest first. */
    public List<Submission> queue(int max) {
        return em.createQuery("select s from Submission s where s.state = :state order by s.submittedAt", Submission.class)
                .setParameter("state", SubmissionState.SUBMITTED).setMaxResults(max).getResultList();
    }

    /** The codes of the sets, by id. */
    public Map<IndicatorSetId, String> setCodes() {
        Map<IndicatorSetId, String> codes = new java.util.HashMap<>();
        for (IndicatorSet set : sets()) {
            codes.put(set.id(), set.code());
        }
        return codes;
    }

    private static boolean linkedFromAny(Indicator indicator, Set<MemberState> memberStates) {
        return indicator.provenance().stream().anyMatch(p -> p.memberState() != null && memberStates.contains(p.memberState()));
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
