package eu.csar.risk.domain;

import eu.csar.risk.api.AssessmentKind;
import eu.csar.risk.api.RiskAssessmentId;
import eu.csar.risk.api.RiskAssessmentState;
import eu.csar.risk.api.RiskDocumentId;
import eu.csar.shared.domain.ProviderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Loads and stores risk assessments: the only place that knows their queries. */
@ApplicationScoped
public class RiskAssessmentRepository {

    /** A list shows at most this many assessments. */
    public static final int MAX_LIST = 500;

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public Optional<RiskAssessment> find(RiskAssessmentId id) {
        return Optional.ofNullable(em.find(RiskAssessment.class, id.value()));
    }

    /** The assessment with its row locked until the transaction ends. */
    public Optional<RiskAssessment> findForUpdate(RiskAssessmentId id) {
        if (em.createNativeQuery("select id from risk_assessments where id = ?1 for update").setParameter(1, id.value())
                .getResultList().isEmpty()) {
            return Optional.empty();
        }
        RiskAssessment assessment = em.find(RiskAssessment.class, id.value());
        em.refresh(assessment);
        return Optional.of(assessment);
    }

    public void add(RiskAssessment assessment) {
        em.persist(assessment);
    }

    public void flush() {
        em.flush();
    }

    /** Stores a new document of an assessment. */
    public void addDocument(RiskAssessmentDocument document) {
        em.persist(document);
    }

    /** The documents of {@code assessment} without their bytes, oldest first. */
    public List<RiskDocumentSummary> documents(RiskAssessmentId assessment) {
        return em.createQuery("select new eu.csar.risk.domain.RiskDocumentSummary(d.id, d.assessmentId, d.fileName, d.mediaType,"
                        + " d.sizeBytes, d.sha256, d.attachedBy, d.attachedAt) from RiskAssessmentDocument d"
                        + " where d.assessmentId = :a order by d.attachedAt, d.id", RiskDocumentSummary.class)
                .setParameter("a", assessment.value()).setMaxResults(MAX_LIST).getResultList();
    }

    /** The document {@code id} with its bytes, if it belongs to {@code assessment}. */
    public Optional<RiskAssessmentDocument> document(RiskAssessmentId assessment, RiskDocumentId id) {
        return Optional.ofNullable(em.find(RiskAssessmentDocument.class, id.value()))
                .filter(d -> d.assessmentId().equals(assessment));
    }

    /** One provider's assessments, newest first. */
    public List<RiskAssessment> ofProvider(ProviderId provider) {
        return em.createQuery("select a from RiskAssessment a where a.providerId = :p order by a.submittedAt desc, a.id",
                        RiskAssessment.class).setParameter("p", provider.value()).setMaxResults(MAX_LIST).getResultList();
    }

    /** The provider's assessments of {@code kind} not yet superseded, locked: those a new one supersedes. */
    public List<RiskAssessment> currentForUpdate(ProviderId provider, AssessmentKind kind) {
        List<?> ids = em.createNativeQuery("select id from risk_assessments where provider_id = ?1 and kind = ?2"
                        + " and state <> 'SUPERSEDED' for update")
                .setParameter(1, provider.value()).setParameter(2, kind.name()).getResultList();
        return ids.stream().map(id -> em.find(RiskAssessment.class, id)).peek(em::refresh).toList();
    }

    /** The clock of {@code provider}'s first assessment, if it was started. */
    public Optional<RiskFirstAssessment> first(ProviderId provider) {
        return Optional.ofNullable(em.find(RiskFirstAssessment.class, provider.value()));
    }

    /** The clock of {@code provider}'s first assessment, if it was started, locked until the transaction ends. */
    public Optional<RiskFirstAssessment> firstForUpdate(ProviderId provider) {
        return Optional.ofNullable(em.find(RiskFirstAssessment.class, provider.value(),
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    public void addFirst(RiskFirstAssessment first) {
        em.persist(first);
    }

    /** The providers whose first assessment's clock was started (met or not). */
    public Set<UUID> firstStarted() {
        return Set.copyOf(em.createQuery("select f.providerId from RiskFirstAssessment f", UUID.class).getResultList());
    }

    /** Whether {@code provider} ever submitted an assessment of {@code kind}. */
    public boolean anyOf(ProviderId provider, AssessmentKind kind) {
        return !em.createQuery("select a.id from RiskAssessment a where a.providerId = :p and a.kind = :k", UUID.class)
                .setParameter("p", provider.value()).setParameter("k", kind).setMaxResults(1).getResultList().isEmpty();
    }

    /** The providers still awaiting their first assessment: overdue first (longest overdue first), then by due date. */
    public List<RiskFirstAssessment> awaitingFirst() {
        return em.createQuery("select f from RiskFirstAssessment f where f.metAt is null"
                        + " order by case when f.overdueSince is null then 1 else 0 end, f.overdueSince, f.dueAt, f.providerId",
                        RiskFirstAssessment.class).setMaxResults(MAX_LIST).getResultList();
    }

    /** The providers that have submitted any assessment (what a review list asks the registry about). */
    public Set<UUID> providers() {
        return Set.copyOf(em.createQuery("select distinct a.providerId from RiskAssessment a", UUID.class).getResultList());
    }

    /**
     * The current (not superseded) assessments of {@code providers}: overdue first (longest overdue
     * first), then by the next due date.
     */
    public List<RiskAssessment> current(Set<UUID> providers) {
        if (providers.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from RiskAssessment a where a.providerId in :p and a.state <> :superseded"
                        + " order by case when a.overdueSince is null then 1 else 0 end, a.overdueSince,"
                        + " coalesce(a.answerDueAt, a.updateDueAt), a.id", RiskAssessment.class)
                .setParameter("p", providers).setParameter("superseded", RiskAssessmentState.SUPERSEDED)
                .setMaxResults(MAX_LIST).getResultList();
    }

    /**
     * Records that detection order {@code order} against {@code provider} runs until {@code end} and
     * binds the next assessment to {@code updateDueBy}, or, with {@code end} null, that it binds
     * nothing any more. Returns whether anything changed.
     */
    public boolean recordOrderTerm(UUID order, ProviderId provider, Instant end, Instant updateDueBy) {
        if (end == null) {
            return em.createNativeQuery("delete from risk_detection_order_terms where order_id = ?1")
                    .setParameter(1, order).executeUpdate() > 0;
        }
        return em.createNativeQuery("insert into risk_detection_order_terms (order_id, provider_id, order_ends_at, update_due_by)"
                        + " values (?1, ?2, ?3, ?4) on conflict (order_id) do update set order_ends_at = excluded.order_ends_at,"
                        + " update_due_by = excluded.update_due_by where (risk_detection_order_terms.order_ends_at,"
                        + " risk_detection_order_terms.update_due_by) is distinct from (excluded.order_ends_at, excluded.update_due_by)")
                .setParameter(1, order).setParameter(2, provider.value())
                .setParameter(3, Timestamp.from(end)).setParameter(4, Timestamp.from(updateDueBy))
                .executeUpdate() > 0;
    }

    /** The dates by which the detection orders in force against {@code provider} require its next assessment. */
    public List<Instant> orderBounds(ProviderId provider) {
        List<?> rows = em.createNativeQuery("select update_due_by from risk_detection_order_terms where provider_id = ?1")
                .setParameter(1, provider.value()).getResultList();
        return rows.stream().map(RiskAssessmentRepository::instant).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
